//! Types of `microsoft.graph` by the first letters of their names (`t`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.tabUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TabUpdatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `tabId`: `Edm.String`, nullable.
    pub tab_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TabUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            tab_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TabUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.tabUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "tabId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"tabId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tabUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "tab_id", &self.tab_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TabUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.tab_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.tab_id);
    }
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
rt::impl_object!(TabUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TabUpdatedEventMessageDetail { with_initiator initiator : crate ::beta::IdentitySet;
    with_tab_id tab_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TabUpdatedEventMessageDetail);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.targetResource`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct TargetResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupType`: `microsoft.graph.groupType`, nullable.
    pub group_type: rt::Field<crate::beta::GroupType>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.modifiedProperty)`, nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::beta::ModifiedProperty>>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for TargetResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            group_type: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for TargetResource {
    const TYPE_NAME: &'static str = "microsoft.graph.targetResource";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "groupType",
        "id",
        "modifiedProperties",
        "type",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"groupType\":                    ",
        ",\"id\":                           ",
        ",\"modifiedProperties\":           ",
        ",\"type\":                         ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "group_type", &self.group_type);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "modified_properties", &self.modified_properties);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for TargetResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.group_type.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.modified_properties.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.group_type);
        w.field(2usize, &self.id);
        w.field(3usize, &self.modified_properties);
        w.field(4usize, &self.type_);
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(TargetResource);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    TargetResource { with_display_name display_name : ::std::string::String;
    with_group_type group_type : crate ::beta::GroupType; with_id id :
    ::std::string::String; with_modified_properties modified_properties : ::std::vec::Vec
    < crate ::beta::ModifiedProperty >; with_type type_ : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetResource);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.taxArea`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct TaxArea {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `taxType`: `Edm.String`, nullable.
    pub tax_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for TaxArea {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            tax_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for TaxArea {
    const TYPE_NAME: &'static str = "microsoft.graph.taxArea";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
        "taxType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"taxType\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.taxArea\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "tax_type", &self.tax_type);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for TaxArea {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.tax_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.tax_type);
    }
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
rt::impl_object!(TaxArea);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    TaxArea { with_id id : ::std::string::String; with_code code : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_tax_type tax_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaxArea);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.taxGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct TaxGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `taxType`: `Edm.String`, nullable.
    pub tax_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for TaxGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            tax_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for TaxGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.taxGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
        "taxType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"taxType\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.taxGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "tax_type", &self.tax_type);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for TaxGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.tax_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.tax_type);
    }
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
rt::impl_object!(TaxGroup);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    TaxGroup { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_tax_type tax_type : ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaxGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamArchivedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamArchivedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamArchivedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamArchivedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamArchivedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamArchivedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamArchivedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_id);
    }
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
rt::impl_object!(TeamArchivedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamArchivedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamArchivedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamCreatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamCreatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamDescription`: `Edm.String`, nullable.
    pub team_description: rt::Field<::std::string::String>,
    /// CSDL: property `teamDisplayName`: `Edm.String`, nullable.
    pub team_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamCreatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_description: rt::Field::Absent,
            team_display_name: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamCreatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamCreatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamDescription",
        "teamDisplayName",
        "teamId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamDescription\":              ",
        ",\"teamDisplayName\":              ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamCreatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_description", &self.team_description);
        v.field(2usize, "team_display_name", &self.team_display_name);
        v.field(3usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamCreatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_description.read_from(r),
            2usize => self.team_display_name.read_from(r),
            3usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_description);
        w.field(2usize, &self.team_display_name);
        w.field(3usize, &self.team_id);
    }
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
rt::impl_object!(TeamCreatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamCreatedEventMessageDetail { with_initiator initiator : crate ::beta::IdentitySet;
    with_team_description team_description : ::std::string::String;
    with_team_display_name team_display_name : ::std::string::String; with_team_id
    team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamCreatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamDescriptionUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamDescriptionUpdatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamDescription`: `Edm.String`, nullable.
    pub team_description: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_description: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamDescriptionUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamDescriptionUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamDescription", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamDescription\":              ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamDescriptionUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_description", &self.team_description);
        v.field(2usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_description.read_from(r),
            2usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_description);
        w.field(2usize, &self.team_id);
    }
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
rt::impl_object!(TeamDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamDescriptionUpdatedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_team_description team_description : ::std::string::String;
    with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamDiscoverySettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamDiscoverySettings {
    /// CSDL: property `showInTeamsSearchAndSuggestions`: `Edm.Boolean`, nullable.
    pub show_in_teams_search_and_suggestions: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamDiscoverySettings {
    #[inline]
    fn default() -> Self {
        Self {
            show_in_teams_search_and_suggestions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamDiscoverySettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamDiscoverySettings";
    const KEYS: &'static [&'static str] = &["showInTeamsSearchAndSuggestions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"showInTeamsSearchAndSuggestions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamDiscoverySettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "show_in_teams_search_and_suggestions",
            &self.show_in_teams_search_and_suggestions,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamDiscoverySettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.show_in_teams_search_and_suggestions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.show_in_teams_search_and_suggestions);
    }
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
rt::impl_object!(TeamDiscoverySettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamDiscoverySettings { with_show_in_teams_search_and_suggestions
    show_in_teams_search_and_suggestions : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamDiscoverySettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamFunSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamFunSettings {
    /// CSDL: property `allowCustomMemes`: `Edm.Boolean`, nullable.
    pub allow_custom_memes: rt::Field<bool>,
    /// CSDL: property `allowGiphy`: `Edm.Boolean`, nullable.
    pub allow_giphy: rt::Field<bool>,
    /// CSDL: property `allowStickersAndMemes`: `Edm.Boolean`, nullable.
    pub allow_stickers_and_memes: rt::Field<bool>,
    /// CSDL: property `giphyContentRating`: `microsoft.graph.giphyRatingType`, nullable.
    pub giphy_content_rating: rt::Field<crate::beta::GiphyRatingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamFunSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_custom_memes: rt::Field::Absent,
            allow_giphy: rt::Field::Absent,
            allow_stickers_and_memes: rt::Field::Absent,
            giphy_content_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamFunSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamFunSettings";
    const KEYS: &'static [&'static str] = &[
        "allowCustomMemes",
        "allowGiphy",
        "allowStickersAndMemes",
        "giphyContentRating",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowCustomMemes\":             ",
        ",\"allowGiphy\":                   ",
        ",\"allowStickersAndMemes\":        ",
        ",\"giphyContentRating\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamFunSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_custom_memes", &self.allow_custom_memes);
        v.field(1usize, "allow_giphy", &self.allow_giphy);
        v.field(2usize, "allow_stickers_and_memes", &self.allow_stickers_and_memes);
        v.field(3usize, "giphy_content_rating", &self.giphy_content_rating);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamFunSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_custom_memes.read_from(r),
            1usize => self.allow_giphy.read_from(r),
            2usize => self.allow_stickers_and_memes.read_from(r),
            3usize => self.giphy_content_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_custom_memes);
        w.field(1usize, &self.allow_giphy);
        w.field(2usize, &self.allow_stickers_and_memes);
        w.field(3usize, &self.giphy_content_rating);
    }
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
rt::impl_object!(TeamFunSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamFunSettings { with_allow_custom_memes allow_custom_memes : bool; with_allow_giphy
    allow_giphy : bool; with_allow_stickers_and_memes allow_stickers_and_memes : bool;
    with_giphy_content_rating giphy_content_rating : crate ::beta::GiphyRatingType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamFunSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamJoiningDisabledEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamJoiningDisabledEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamJoiningDisabledEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamJoiningDisabledEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamJoiningDisabledEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamJoiningDisabledEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamJoiningDisabledEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_id);
    }
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
rt::impl_object!(TeamJoiningDisabledEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamJoiningDisabledEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamJoiningDisabledEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamJoiningEnabledEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamJoiningEnabledEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamJoiningEnabledEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamJoiningEnabledEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamJoiningEnabledEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamJoiningEnabledEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamJoiningEnabledEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_id);
    }
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
rt::impl_object!(TeamJoiningEnabledEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamJoiningEnabledEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamJoiningEnabledEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamMemberSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamMemberSettings {
    /// CSDL: property `allowAddRemoveApps`: `Edm.Boolean`, nullable.
    pub allow_add_remove_apps: rt::Field<bool>,
    /// CSDL: property `allowCreatePrivateChannels`: `Edm.Boolean`, nullable.
    pub allow_create_private_channels: rt::Field<bool>,
    /// CSDL: property `allowCreateUpdateChannels`: `Edm.Boolean`, nullable.
    pub allow_create_update_channels: rt::Field<bool>,
    /// CSDL: property `allowCreateUpdateRemoveConnectors`: `Edm.Boolean`, nullable.
    pub allow_create_update_remove_connectors: rt::Field<bool>,
    /// CSDL: property `allowCreateUpdateRemoveTabs`: `Edm.Boolean`, nullable.
    pub allow_create_update_remove_tabs: rt::Field<bool>,
    /// CSDL: property `allowDeleteChannels`: `Edm.Boolean`, nullable.
    pub allow_delete_channels: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamMemberSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_add_remove_apps: rt::Field::Absent,
            allow_create_private_channels: rt::Field::Absent,
            allow_create_update_channels: rt::Field::Absent,
            allow_create_update_remove_connectors: rt::Field::Absent,
            allow_create_update_remove_tabs: rt::Field::Absent,
            allow_delete_channels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamMemberSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamMemberSettings";
    const KEYS: &'static [&'static str] = &[
        "allowAddRemoveApps",
        "allowCreatePrivateChannels",
        "allowCreateUpdateChannels",
        "allowCreateUpdateRemoveConnectors",
        "allowCreateUpdateRemoveTabs",
        "allowDeleteChannels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowAddRemoveApps\":           ",
        ",\"allowCreatePrivateChannels\":   ",
        ",\"allowCreateUpdateChannels\":    ",
        ",\"allowCreateUpdateRemoveConnectors\":",
        ",\"allowCreateUpdateRemoveTabs\":  ",
        ",\"allowDeleteChannels\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamMemberSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_add_remove_apps", &self.allow_add_remove_apps);
        v.field(
            1usize,
            "allow_create_private_channels",
            &self.allow_create_private_channels,
        );
        v.field(
            2usize,
            "allow_create_update_channels",
            &self.allow_create_update_channels,
        );
        v.field(
            3usize,
            "allow_create_update_remove_connectors",
            &self.allow_create_update_remove_connectors,
        );
        v.field(
            4usize,
            "allow_create_update_remove_tabs",
            &self.allow_create_update_remove_tabs,
        );
        v.field(5usize, "allow_delete_channels", &self.allow_delete_channels);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamMemberSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_add_remove_apps.read_from(r),
            1usize => self.allow_create_private_channels.read_from(r),
            2usize => self.allow_create_update_channels.read_from(r),
            3usize => self.allow_create_update_remove_connectors.read_from(r),
            4usize => self.allow_create_update_remove_tabs.read_from(r),
            5usize => self.allow_delete_channels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_add_remove_apps);
        w.field(1usize, &self.allow_create_private_channels);
        w.field(2usize, &self.allow_create_update_channels);
        w.field(3usize, &self.allow_create_update_remove_connectors);
        w.field(4usize, &self.allow_create_update_remove_tabs);
        w.field(5usize, &self.allow_delete_channels);
    }
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
rt::impl_object!(TeamMemberSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamMemberSettings { with_allow_add_remove_apps allow_add_remove_apps : bool;
    with_allow_create_private_channels allow_create_private_channels : bool;
    with_allow_create_update_channels allow_create_update_channels : bool;
    with_allow_create_update_remove_connectors allow_create_update_remove_connectors :
    bool; with_allow_create_update_remove_tabs allow_create_update_remove_tabs : bool;
    with_allow_delete_channels allow_delete_channels : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamMemberSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamMembersNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamMembersNotificationRecipient {
    /// CSDL: property `teamId`: `Edm.String`, not nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamMembersNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamMembersNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.teamMembersNotificationRecipient";
    const KEYS: &'static [&'static str] = &["teamId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"teamId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.teamMembersNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamMembersNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.team_id);
    }
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
rt::impl_object!(TeamMembersNotificationRecipient);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamMembersNotificationRecipient { with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamMembersNotificationRecipient);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamRenamedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamRenamedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamDisplayName`: `Edm.String`, nullable.
    pub team_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamRenamedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_display_name: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamRenamedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamRenamedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamDisplayName", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamDisplayName\":              ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamRenamedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_display_name", &self.team_display_name);
        v.field(2usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamRenamedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_display_name.read_from(r),
            2usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_display_name);
        w.field(2usize, &self.team_id);
    }
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
rt::impl_object!(TeamRenamedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamRenamedEventMessageDetail { with_initiator initiator : crate ::beta::IdentitySet;
    with_team_display_name team_display_name : ::std::string::String; with_team_id
    team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamRenamedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamSpecialization`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamSpecialization {
    /// `none` (value 0).
    None,
    /// `educationStandard` (value 1).
    EducationStandard,
    /// `educationClass` (value 2).
    EducationClass,
    /// `educationProfessionalLearningCommunity` (value 3).
    EducationProfessionalLearningCommunity,
    /// `educationStaff` (value 4).
    EducationStaff,
    /// `healthcareStandard` (value 5).
    HealthcareStandard,
    /// `healthcareCareCoordination` (value 6).
    HealthcareCareCoordination,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TeamSpecialization {
    const TYPE_NAME: &'static str = "microsoft.graph.teamSpecialization";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "educationStandard",
        "educationClass",
        "educationProfessionalLearningCommunity",
        "educationStaff",
        "healthcareStandard",
        "healthcareCareCoordination",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "educationStandard" => Self::EducationStandard,
                "educationClass" => Self::EducationClass,
                "educationProfessionalLearningCommunity" => {
                    Self::EducationProfessionalLearningCommunity
                }
                "educationStaff" => Self::EducationStaff,
                "healthcareStandard" => Self::HealthcareStandard,
                "healthcareCareCoordination" => Self::HealthcareCareCoordination,
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
            Self::EducationStandard => "educationStandard",
            Self::EducationClass => "educationClass",
            Self::EducationProfessionalLearningCommunity => {
                "educationProfessionalLearningCommunity"
            }
            Self::EducationStaff => "educationStaff",
            Self::HealthcareStandard => "healthcareStandard",
            Self::HealthcareCareCoordination => "healthcareCareCoordination",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TeamSpecialization);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamSpecialization);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamUnarchivedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamUnarchivedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamUnarchivedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamUnarchivedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamUnarchivedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamUnarchivedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamUnarchivedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_id);
    }
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
rt::impl_object!(TeamUnarchivedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamUnarchivedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamUnarchivedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamVisibilityType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamVisibilityType {
    /// `private` (value 0).
    Private,
    /// `public` (value 1).
    Public,
    /// `hiddenMembership` (value 2).
    HiddenMembership,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TeamVisibilityType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamVisibilityType";
    const MEMBERS: &'static [&'static str] = &[
        "private",
        "public",
        "hiddenMembership",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "private" => Self::Private,
                "public" => Self::Public,
                "hiddenMembership" => Self::HiddenMembership,
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
            Self::Private => "private",
            Self::Public => "public",
            Self::HiddenMembership => "hiddenMembership",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TeamVisibilityType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamVisibilityType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAppInstalledEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppInstalledEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamsAppDisplayName`: `Edm.String`, nullable.
    pub teams_app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsAppInstalledEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            teams_app_display_name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsAppInstalledEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppInstalledEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamsAppDisplayName",
        "teamsAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamsAppDisplayName\":          ",
        ",\"teamsAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppInstalledEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "teams_app_display_name", &self.teams_app_display_name);
        v.field(2usize, "teams_app_id", &self.teams_app_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsAppInstalledEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.teams_app_display_name.read_from(r),
            2usize => self.teams_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.teams_app_display_name);
        w.field(2usize, &self.teams_app_id);
    }
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
rt::impl_object!(TeamsAppInstalledEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsAppInstalledEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_teams_app_display_name teams_app_display_name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstalledEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAppRemovedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppRemovedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamsAppDisplayName`: `Edm.String`, nullable.
    pub teams_app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsAppRemovedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            teams_app_display_name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsAppRemovedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppRemovedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamsAppDisplayName",
        "teamsAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamsAppDisplayName\":          ",
        ",\"teamsAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppRemovedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "teams_app_display_name", &self.teams_app_display_name);
        v.field(2usize, "teams_app_id", &self.teams_app_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsAppRemovedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.teams_app_display_name.read_from(r),
            2usize => self.teams_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.teams_app_display_name);
        w.field(2usize, &self.teams_app_id);
    }
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
rt::impl_object!(TeamsAppRemovedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsAppRemovedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_teams_app_display_name teams_app_display_name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppRemovedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAppUpgradedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppUpgradedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `teamsAppDisplayName`: `Edm.String`, nullable.
    pub teams_app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsAppUpgradedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            teams_app_display_name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsAppUpgradedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppUpgradedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamsAppDisplayName",
        "teamsAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamsAppDisplayName\":          ",
        ",\"teamsAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppUpgradedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "teams_app_display_name", &self.teams_app_display_name);
        v.field(2usize, "teams_app_id", &self.teams_app_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsAppUpgradedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.teams_app_display_name.read_from(r),
            2usize => self.teams_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.teams_app_display_name);
        w.field(2usize, &self.teams_app_id);
    }
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
rt::impl_object!(TeamsAppUpgradedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsAppUpgradedEventMessageDetail { with_initiator initiator : crate
    ::beta::IdentitySet; with_teams_app_display_name teams_app_display_name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppUpgradedEventMessageDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsUserActivityDistributionUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsUserActivityDistributionUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `calls`: `Edm.Int64`, nullable.
    pub calls: rt::Field<i64>,
    /// CSDL: property `meetings`: `Edm.Int64`, nullable.
    pub meetings: rt::Field<i64>,
    /// CSDL: property `privateChatMessages`: `Edm.Int64`, nullable.
    pub private_chat_messages: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `teamChatMessages`: `Edm.Int64`, nullable.
    pub team_chat_messages: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsUserActivityDistributionUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calls: rt::Field::Absent,
            meetings: rt::Field::Absent,
            private_chat_messages: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            team_chat_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsUserActivityDistributionUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsUserActivityDistributionUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "calls",
        "meetings",
        "privateChatMessages",
        "reportPeriod",
        "reportRefreshDate",
        "teamChatMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calls\":                        ",
        ",\"meetings\":                     ",
        ",\"privateChatMessages\":          ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"teamChatMessages\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsUserActivityDistributionUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "calls", &self.calls);
        v.field(2usize, "meetings", &self.meetings);
        v.field(3usize, "private_chat_messages", &self.private_chat_messages);
        v.field(4usize, "report_period", &self.report_period);
        v.field(5usize, "report_refresh_date", &self.report_refresh_date);
        v.field(6usize, "team_chat_messages", &self.team_chat_messages);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsUserActivityDistributionUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calls.read_from(r),
            2usize => self.meetings.read_from(r),
            3usize => self.private_chat_messages.read_from(r),
            4usize => self.report_period.read_from(r),
            5usize => self.report_refresh_date.read_from(r),
            6usize => self.team_chat_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calls);
        w.field(2usize, &self.meetings);
        w.field(3usize, &self.private_chat_messages);
        w.field(4usize, &self.report_period);
        w.field(5usize, &self.report_refresh_date);
        w.field(6usize, &self.team_chat_messages);
    }
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
rt::impl_object!(TeamsUserActivityDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsUserActivityDistributionUserCounts { with_id id : ::std::string::String;
    with_calls calls : i64; with_meetings meetings : i64; with_private_chat_messages
    private_chat_messages : i64; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_team_chat_messages team_chat_messages : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsUserActivityDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsUserActivityUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsUserActivityUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `calls`: `Edm.Int64`, nullable.
    pub calls: rt::Field<i64>,
    /// CSDL: property `meetings`: `Edm.Int64`, nullable.
    pub meetings: rt::Field<i64>,
    /// CSDL: property `otherActions`: `Edm.Int64`, nullable.
    pub other_actions: rt::Field<i64>,
    /// CSDL: property `privateChatMessages`: `Edm.Int64`, nullable.
    pub private_chat_messages: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `teamChatMessages`: `Edm.Int64`, nullable.
    pub team_chat_messages: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsUserActivityUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calls: rt::Field::Absent,
            meetings: rt::Field::Absent,
            other_actions: rt::Field::Absent,
            private_chat_messages: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            team_chat_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsUserActivityUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsUserActivityUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "calls",
        "meetings",
        "otherActions",
        "privateChatMessages",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "teamChatMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calls\":                        ",
        ",\"meetings\":                     ",
        ",\"otherActions\":                 ",
        ",\"privateChatMessages\":          ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"teamChatMessages\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsUserActivityUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "calls", &self.calls);
        v.field(2usize, "meetings", &self.meetings);
        v.field(3usize, "other_actions", &self.other_actions);
        v.field(4usize, "private_chat_messages", &self.private_chat_messages);
        v.field(5usize, "report_date", &self.report_date);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "team_chat_messages", &self.team_chat_messages);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsUserActivityUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calls.read_from(r),
            2usize => self.meetings.read_from(r),
            3usize => self.other_actions.read_from(r),
            4usize => self.private_chat_messages.read_from(r),
            5usize => self.report_date.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.team_chat_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calls);
        w.field(2usize, &self.meetings);
        w.field(3usize, &self.other_actions);
        w.field(4usize, &self.private_chat_messages);
        w.field(5usize, &self.report_date);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.team_chat_messages);
    }
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
rt::impl_object!(TeamsUserActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsUserActivityUserCounts { with_id id : ::std::string::String; with_calls calls :
    i64; with_meetings meetings : i64; with_other_actions other_actions : i64;
    with_private_chat_messages private_chat_messages : i64; with_report_date report_date
    : rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_team_chat_messages
    team_chat_messages : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsUserActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsUserActivityUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsUserActivityUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `adHocMeetingsAttendedCount`: `Edm.Int64`, nullable.
    pub ad_hoc_meetings_attended_count: rt::Field<i64>,
    /// CSDL: property `adHocMeetingsOrganizedCount`: `Edm.Int64`, nullable.
    pub ad_hoc_meetings_organized_count: rt::Field<i64>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `audioDuration`: `Edm.Duration`, nullable.
    pub audio_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `callCount`: `Edm.Int64`, nullable.
    pub call_count: rt::Field<i64>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `hasOtherAction`: `Edm.Boolean`, nullable.
    pub has_other_action: rt::Field<bool>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `isLicensed`: `Edm.Boolean`, nullable.
    pub is_licensed: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `meetingCount`: `Edm.Int64`, nullable.
    pub meeting_count: rt::Field<i64>,
    /// CSDL: property `meetingsAttendedCount`: `Edm.Int64`, nullable.
    pub meetings_attended_count: rt::Field<i64>,
    /// CSDL: property `meetingsOrganizedCount`: `Edm.Int64`, nullable.
    pub meetings_organized_count: rt::Field<i64>,
    /// CSDL: property `privateChatMessageCount`: `Edm.Int64`, nullable.
    pub private_chat_message_count: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `scheduledOneTimeMeetingsAttendedCount`: `Edm.Int64`, nullable.
    pub scheduled_one_time_meetings_attended_count: rt::Field<i64>,
    /// CSDL: property `scheduledOneTimeMeetingsOrganizedCount`: `Edm.Int64`, nullable.
    pub scheduled_one_time_meetings_organized_count: rt::Field<i64>,
    /// CSDL: property `scheduledRecurringMeetingsAttendedCount`: `Edm.Int64`, nullable.
    pub scheduled_recurring_meetings_attended_count: rt::Field<i64>,
    /// CSDL: property `scheduledRecurringMeetingsOrganizedCount`: `Edm.Int64`, nullable.
    pub scheduled_recurring_meetings_organized_count: rt::Field<i64>,
    /// CSDL: property `screenShareDuration`: `Edm.Duration`, nullable.
    pub screen_share_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `teamChatMessageCount`: `Edm.Int64`, nullable.
    pub team_chat_message_count: rt::Field<i64>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `videoDuration`: `Edm.Duration`, nullable.
    pub video_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsUserActivityUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            ad_hoc_meetings_attended_count: rt::Field::Absent,
            ad_hoc_meetings_organized_count: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            audio_duration: rt::Field::Absent,
            call_count: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            has_other_action: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_licensed: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            meeting_count: rt::Field::Absent,
            meetings_attended_count: rt::Field::Absent,
            meetings_organized_count: rt::Field::Absent,
            private_chat_message_count: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            scheduled_one_time_meetings_attended_count: rt::Field::Absent,
            scheduled_one_time_meetings_organized_count: rt::Field::Absent,
            scheduled_recurring_meetings_attended_count: rt::Field::Absent,
            scheduled_recurring_meetings_organized_count: rt::Field::Absent,
            screen_share_duration: rt::Field::Absent,
            team_chat_message_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            video_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsUserActivityUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsUserActivityUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "adHocMeetingsAttendedCount",
        "adHocMeetingsOrganizedCount",
        "assignedProducts",
        "audioDuration",
        "callCount",
        "deletedDate",
        "hasOtherAction",
        "isDeleted",
        "isLicensed",
        "lastActivityDate",
        "meetingCount",
        "meetingsAttendedCount",
        "meetingsOrganizedCount",
        "privateChatMessageCount",
        "reportPeriod",
        "reportRefreshDate",
        "scheduledOneTimeMeetingsAttendedCount",
        "scheduledOneTimeMeetingsOrganizedCount",
        "scheduledRecurringMeetingsAttendedCount",
        "scheduledRecurringMeetingsOrganizedCount",
        "screenShareDuration",
        "teamChatMessageCount",
        "userPrincipalName",
        "videoDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"adHocMeetingsAttendedCount\":   ",
        ",\"adHocMeetingsOrganizedCount\":  ",
        ",\"assignedProducts\":             ",
        ",\"audioDuration\":                ",
        ",\"callCount\":                    ",
        ",\"deletedDate\":                  ",
        ",\"hasOtherAction\":               ",
        ",\"isDeleted\":                    ",
        ",\"isLicensed\":                   ",
        ",\"lastActivityDate\":             ",
        ",\"meetingCount\":                 ",
        ",\"meetingsAttendedCount\":        ",
        ",\"meetingsOrganizedCount\":       ",
        ",\"privateChatMessageCount\":      ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"scheduledOneTimeMeetingsAttendedCount\":",
        ",\"scheduledOneTimeMeetingsOrganizedCount\":",
        ",\"scheduledRecurringMeetingsAttendedCount\":",
        ",\"scheduledRecurringMeetingsOrganizedCount\":",
        ",\"screenShareDuration\":          ",
        ",\"teamChatMessageCount\":         ",
        ",\"userPrincipalName\":            ",
        ",\"videoDuration\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsUserActivityUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "ad_hoc_meetings_attended_count",
            &self.ad_hoc_meetings_attended_count,
        );
        v.field(
            2usize,
            "ad_hoc_meetings_organized_count",
            &self.ad_hoc_meetings_organized_count,
        );
        v.field(3usize, "assigned_products", &self.assigned_products);
        v.field(4usize, "audio_duration", &self.audio_duration);
        v.field(5usize, "call_count", &self.call_count);
        v.field(6usize, "deleted_date", &self.deleted_date);
        v.field(7usize, "has_other_action", &self.has_other_action);
        v.field(8usize, "is_deleted", &self.is_deleted);
        v.field(9usize, "is_licensed", &self.is_licensed);
        v.field(10usize, "last_activity_date", &self.last_activity_date);
        v.field(11usize, "meeting_count", &self.meeting_count);
        v.field(12usize, "meetings_attended_count", &self.meetings_attended_count);
        v.field(13usize, "meetings_organized_count", &self.meetings_organized_count);
        v.field(14usize, "private_chat_message_count", &self.private_chat_message_count);
        v.field(15usize, "report_period", &self.report_period);
        v.field(16usize, "report_refresh_date", &self.report_refresh_date);
        v.field(
            17usize,
            "scheduled_one_time_meetings_attended_count",
            &self.scheduled_one_time_meetings_attended_count,
        );
        v.field(
            18usize,
            "scheduled_one_time_meetings_organized_count",
            &self.scheduled_one_time_meetings_organized_count,
        );
        v.field(
            19usize,
            "scheduled_recurring_meetings_attended_count",
            &self.scheduled_recurring_meetings_attended_count,
        );
        v.field(
            20usize,
            "scheduled_recurring_meetings_organized_count",
            &self.scheduled_recurring_meetings_organized_count,
        );
        v.field(21usize, "screen_share_duration", &self.screen_share_duration);
        v.field(22usize, "team_chat_message_count", &self.team_chat_message_count);
        v.field(23usize, "user_principal_name", &self.user_principal_name);
        v.field(24usize, "video_duration", &self.video_duration);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsUserActivityUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.ad_hoc_meetings_attended_count.read_from(r),
            2usize => self.ad_hoc_meetings_organized_count.read_from(r),
            3usize => self.assigned_products.read_from(r),
            4usize => self.audio_duration.read_from(r),
            5usize => self.call_count.read_from(r),
            6usize => self.deleted_date.read_from(r),
            7usize => self.has_other_action.read_from(r),
            8usize => self.is_deleted.read_from(r),
            9usize => self.is_licensed.read_from(r),
            10usize => self.last_activity_date.read_from(r),
            11usize => self.meeting_count.read_from(r),
            12usize => self.meetings_attended_count.read_from(r),
            13usize => self.meetings_organized_count.read_from(r),
            14usize => self.private_chat_message_count.read_from(r),
            15usize => self.report_period.read_from(r),
            16usize => self.report_refresh_date.read_from(r),
            17usize => self.scheduled_one_time_meetings_attended_count.read_from(r),
            18usize => self.scheduled_one_time_meetings_organized_count.read_from(r),
            19usize => self.scheduled_recurring_meetings_attended_count.read_from(r),
            20usize => self.scheduled_recurring_meetings_organized_count.read_from(r),
            21usize => self.screen_share_duration.read_from(r),
            22usize => self.team_chat_message_count.read_from(r),
            23usize => self.user_principal_name.read_from(r),
            24usize => self.video_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.ad_hoc_meetings_attended_count);
        w.field(2usize, &self.ad_hoc_meetings_organized_count);
        w.field(3usize, &self.assigned_products);
        w.field(4usize, &self.audio_duration);
        w.field(5usize, &self.call_count);
        w.field(6usize, &self.deleted_date);
        w.field(7usize, &self.has_other_action);
        w.field(8usize, &self.is_deleted);
        w.field(9usize, &self.is_licensed);
        w.field(10usize, &self.last_activity_date);
        w.field(11usize, &self.meeting_count);
        w.field(12usize, &self.meetings_attended_count);
        w.field(13usize, &self.meetings_organized_count);
        w.field(14usize, &self.private_chat_message_count);
        w.field(15usize, &self.report_period);
        w.field(16usize, &self.report_refresh_date);
        w.field(17usize, &self.scheduled_one_time_meetings_attended_count);
        w.field(18usize, &self.scheduled_one_time_meetings_organized_count);
        w.field(19usize, &self.scheduled_recurring_meetings_attended_count);
        w.field(20usize, &self.scheduled_recurring_meetings_organized_count);
        w.field(21usize, &self.screen_share_duration);
        w.field(22usize, &self.team_chat_message_count);
        w.field(23usize, &self.user_principal_name);
        w.field(24usize, &self.video_duration);
    }
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
rt::impl_object!(TeamsUserActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsUserActivityUserDetail { with_id id : ::std::string::String;
    with_ad_hoc_meetings_attended_count ad_hoc_meetings_attended_count : i64;
    with_ad_hoc_meetings_organized_count ad_hoc_meetings_organized_count : i64;
    with_assigned_products assigned_products : ::std::vec::Vec < ::std::string::String >;
    with_audio_duration audio_duration : rt::edm::Duration; with_call_count call_count :
    i64; with_deleted_date deleted_date : rt::edm::Date; with_has_other_action
    has_other_action : bool; with_is_deleted is_deleted : bool; with_is_licensed
    is_licensed : bool; with_last_activity_date last_activity_date : rt::edm::Date;
    with_meeting_count meeting_count : i64; with_meetings_attended_count
    meetings_attended_count : i64; with_meetings_organized_count meetings_organized_count
    : i64; with_private_chat_message_count private_chat_message_count : i64;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_scheduled_one_time_meetings_attended_count
    scheduled_one_time_meetings_attended_count : i64;
    with_scheduled_one_time_meetings_organized_count
    scheduled_one_time_meetings_organized_count : i64;
    with_scheduled_recurring_meetings_attended_count
    scheduled_recurring_meetings_attended_count : i64;
    with_scheduled_recurring_meetings_organized_count
    scheduled_recurring_meetings_organized_count : i64; with_screen_share_duration
    screen_share_duration : rt::edm::Duration; with_team_chat_message_count
    team_chat_message_count : i64; with_user_principal_name user_principal_name :
    ::std::string::String; with_video_duration video_duration : rt::edm::Duration; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsUserActivityUserDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamworkActivityTopic`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkActivityTopic {
    /// CSDL: property `source`: `microsoft.graph.teamworkActivityTopicSource`, nullable.
    pub source: rt::Field<crate::beta::TeamworkActivityTopicSource>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamworkActivityTopic {
    #[inline]
    fn default() -> Self {
        Self {
            source: rt::Field::Absent,
            value: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamworkActivityTopic {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkActivityTopic";
    const KEYS: &'static [&'static str] = &["source", "value", "webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"source\":                       ",
        ",\"value\":                        ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkActivityTopic\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source", &self.source);
        v.field(1usize, "value", &self.value);
        v.field(2usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamworkActivityTopic {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source.read_from(r),
            1usize => self.value.read_from(r),
            2usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source);
        w.field(1usize, &self.value);
        w.field(2usize, &self.web_url);
    }
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
rt::impl_object!(TeamworkActivityTopic);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamworkActivityTopic { with_source source : crate
    ::beta::TeamworkActivityTopicSource; with_value value : ::std::string::String;
    with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkActivityTopic);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamworkActivityTopicSource`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkActivityTopicSource {
    /// `entityUrl` (value 0).
    EntityUrl,
    /// `text` (value 1).
    Text,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TeamworkActivityTopicSource {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkActivityTopicSource";
    const MEMBERS: &'static [&'static str] = &["entityUrl", "text"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "entityUrl" => Self::EntityUrl,
                "text" => Self::Text,
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
            Self::EntityUrl => "entityUrl",
            Self::Text => "text",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TeamworkActivityTopicSource);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkActivityTopicSource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamworkNotificationRecipient`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkNotificationRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamworkNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamworkNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkNotificationRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.teamworkNotificationRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamworkNotificationRecipient {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TeamworkNotificationRecipient);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkNotificationRecipient);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.teamworkNotificationRecipient` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamworkNotificationRecipient {
    TeamworkNotificationRecipient(
        ::std::boxed::Box<crate::beta::TeamworkNotificationRecipient>,
    ),
    AadUserNotificationRecipient(
        ::std::boxed::Box<crate::beta::AadUserNotificationRecipient>,
    ),
    ChannelMembersNotificationRecipient(
        ::std::boxed::Box<crate::beta::ChannelMembersNotificationRecipient>,
    ),
    ChatMembersNotificationRecipient(
        ::std::boxed::Box<crate::beta::ChatMembersNotificationRecipient>,
    ),
    TeamMembersNotificationRecipient(
        ::std::boxed::Box<crate::beta::TeamMembersNotificationRecipient>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyTeamworkNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self::TeamworkNotificationRecipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamworkNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::beta::TeamworkNotificationRecipient) -> Self {
        Self::TeamworkNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AadUserNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::beta::AadUserNotificationRecipient) -> Self {
        Self::AadUserNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelMembersNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::beta::ChannelMembersNotificationRecipient) -> Self {
        Self::ChannelMembersNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatMembersNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::beta::ChatMembersNotificationRecipient) -> Self {
        Self::ChatMembersNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamMembersNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::beta::TeamMembersNotificationRecipient) -> Self {
        Self::TeamMembersNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TeamworkNotificationRecipient>();
    rt::object::auto_traits::<crate::beta::AadUserNotificationRecipient>();
    rt::object::auto_traits::<crate::beta::ChannelMembersNotificationRecipient>();
    rt::object::auto_traits::<crate::beta::ChatMembersNotificationRecipient>();
    rt::object::auto_traits::<crate::beta::TeamMembersNotificationRecipient>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyTeamworkNotificationRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.teamworkNotificationRecipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.aadUserNotificationRecipient",
            ) => Self::AadUserNotificationRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.channelMembersNotificationRecipient",
            ) => Self::ChannelMembersNotificationRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.chatMembersNotificationRecipient",
            ) => Self::ChatMembersNotificationRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamMembersNotificationRecipient",
            ) => Self::TeamMembersNotificationRecipient(rt::object::new_boxed()),
            _ => Self::TeamworkNotificationRecipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamworkNotificationRecipient(v) => &**v,
            Self::AadUserNotificationRecipient(v) => &**v,
            Self::ChannelMembersNotificationRecipient(v) => &**v,
            Self::ChatMembersNotificationRecipient(v) => &**v,
            Self::TeamMembersNotificationRecipient(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamworkNotificationRecipient(v) => &mut **v,
            Self::AadUserNotificationRecipient(v) => &mut **v,
            Self::ChannelMembersNotificationRecipient(v) => &mut **v,
            Self::ChatMembersNotificationRecipient(v) => &mut **v,
            Self::TeamMembersNotificationRecipient(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyTeamworkNotificationRecipient {
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
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyTeamworkNotificationRecipient);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamworkNotificationRecipient);
#[cfg(msgraph_beta_device_management_or_search)]
/// telecomExpenseManagementPartner resources represent the metadata and status of a given TEM service. Once your organization has onboarded with a partner, the partner can be enabled or disabled to switch TEM functionality on or off.
///
/// CSDL: `microsoft.graph.telecomExpenseManagementPartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct TelecomExpenseManagementPartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Whether the partner's AAD app has been authorized to access Intune.
    ///
    /// CSDL: property `appAuthorized`: `Edm.Boolean`, not nullable.
    pub app_authorized: rt::Field<bool>,
    /// Display name of the TEM partner.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Whether Intune's connection to the TEM service is currently enabled or disabled.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// Timestamp of the last request sent to Intune by the TEM partner.
    ///
    /// CSDL: property `lastConnectionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// URL of the TEM partner's administrative control panel, where an administrator can configure their TEM service.
    ///
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for TelecomExpenseManagementPartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_authorized: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enabled: rt::Field::Absent,
            last_connection_date_time: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for TelecomExpenseManagementPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.telecomExpenseManagementPartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appAuthorized",
        "displayName",
        "enabled",
        "lastConnectionDateTime",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appAuthorized\":                ",
        ",\"displayName\":                  ",
        ",\"enabled\":                      ",
        ",\"lastConnectionDateTime\":       ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.telecomExpenseManagementPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_authorized", &self.app_authorized);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "enabled", &self.enabled);
        v.field(4usize, "last_connection_date_time", &self.last_connection_date_time);
        v.field(5usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for TelecomExpenseManagementPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_authorized.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.enabled.read_from(r),
            4usize => self.last_connection_date_time.read_from(r),
            5usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_authorized);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.enabled);
        w.field(4usize, &self.last_connection_date_time);
        w.field(5usize, &self.url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(TelecomExpenseManagementPartner);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    TelecomExpenseManagementPartner { with_id id : ::std::string::String;
    with_app_authorized app_authorized : bool; with_display_name display_name :
    ::std::string::String; with_enabled enabled : bool; with_last_connection_date_time
    last_connection_date_time : rt::edm::DateTimeOffset; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TelecomExpenseManagementPartner);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceAudioQuality`, complex type, derived from `microsoft.graph.teleconferenceDeviceMediaQuality`, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceAudioQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceAudioQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for TeleconferenceDeviceAudioQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceAudioQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceAudioQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceAudioQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
    }
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
rt::impl_object!(TeleconferenceDeviceAudioQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceAudioQuality { with_average_inbound_jitter average_inbound_jitter
    : rt::edm::Duration; with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceAudioQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceMediaQuality`, complex type, abstract, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceMediaQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceMediaQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for TeleconferenceDeviceMediaQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceMediaQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceMediaQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceMediaQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
    }
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
rt::impl_object!(TeleconferenceDeviceMediaQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceMediaQuality { with_average_inbound_jitter average_inbound_jitter
    : rt::edm::Duration; with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceMediaQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.teleconferenceDeviceMediaQuality` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeleconferenceDeviceMediaQuality {
    TeleconferenceDeviceMediaQuality(
        ::std::boxed::Box<crate::beta::TeleconferenceDeviceMediaQuality>,
    ),
    TeleconferenceDeviceAudioQuality(
        ::std::boxed::Box<crate::beta::TeleconferenceDeviceAudioQuality>,
    ),
    TeleconferenceDeviceScreenSharingQuality(
        ::std::boxed::Box<crate::beta::TeleconferenceDeviceScreenSharingQuality>,
    ),
    TeleconferenceDeviceVideoQuality(
        ::std::boxed::Box<crate::beta::TeleconferenceDeviceVideoQuality>,
    ),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn default() -> Self {
        Self::TeleconferenceDeviceMediaQuality(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeleconferenceDeviceMediaQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::beta::TeleconferenceDeviceMediaQuality) -> Self {
        Self::TeleconferenceDeviceMediaQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeleconferenceDeviceAudioQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::beta::TeleconferenceDeviceAudioQuality) -> Self {
        Self::TeleconferenceDeviceAudioQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeleconferenceDeviceScreenSharingQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::beta::TeleconferenceDeviceScreenSharingQuality) -> Self {
        Self::TeleconferenceDeviceScreenSharingQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeleconferenceDeviceVideoQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::beta::TeleconferenceDeviceVideoQuality) -> Self {
        Self::TeleconferenceDeviceVideoQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TeleconferenceDeviceMediaQuality>();
    rt::object::auto_traits::<crate::beta::TeleconferenceDeviceAudioQuality>();
    rt::object::auto_traits::<crate::beta::TeleconferenceDeviceScreenSharingQuality>();
    rt::object::auto_traits::<crate::beta::TeleconferenceDeviceVideoQuality>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Poly for AnyTeleconferenceDeviceMediaQuality {
    const BASE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceMediaQuality";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceAudioQuality",
            ) => Self::TeleconferenceDeviceAudioQuality(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceScreenSharingQuality",
            ) => Self::TeleconferenceDeviceScreenSharingQuality(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceVideoQuality",
            ) => Self::TeleconferenceDeviceVideoQuality(rt::object::new_boxed()),
            _ => Self::TeleconferenceDeviceMediaQuality(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &**v,
            Self::TeleconferenceDeviceAudioQuality(v) => &**v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &**v,
            Self::TeleconferenceDeviceVideoQuality(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut **v,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut **v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut **v,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl AnyTeleconferenceDeviceMediaQuality {
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
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.average_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_jitter,
        }
    }
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.average_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_inbound_jitter,
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.average_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_jitter,
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.average_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_outbound_jitter,
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.channel_index,
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.channel_index,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.inbound_packets,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.inbound_packets,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_ip_address,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_ip_address,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_port,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_port,
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_inbound_jitter,
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_inbound_jitter,
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_outbound_jitter,
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_outbound_jitter,
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.media_duration,
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.media_duration,
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.network_link_speed_in_bytes,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.network_link_speed_in_bytes,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.network_link_speed_in_bytes,
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.outbound_packets,
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.outbound_packets,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_ip_address,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_ip_address,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_port,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_port,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyTeleconferenceDeviceMediaQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeleconferenceDeviceMediaQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceQuality`, complex type, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceQuality {
    /// CSDL: property `callChainId`: `Edm.Guid`, not nullable.
    pub call_chain_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `cloudServiceDeploymentEnvironment`: `Edm.String`, nullable.
    pub cloud_service_deployment_environment: rt::Field<::std::string::String>,
    /// CSDL: property `cloudServiceDeploymentId`: `Edm.String`, nullable.
    pub cloud_service_deployment_id: rt::Field<::std::string::String>,
    /// CSDL: property `cloudServiceInstanceName`: `Edm.String`, nullable.
    pub cloud_service_instance_name: rt::Field<::std::string::String>,
    /// CSDL: property `cloudServiceName`: `Edm.String`, nullable.
    pub cloud_service_name: rt::Field<::std::string::String>,
    /// CSDL: property `deviceDescription`: `Edm.String`, not nullable.
    pub device_description: rt::Field<::std::string::String>,
    /// CSDL: property `deviceName`: `Edm.String`, not nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// CSDL: property `mediaLegId`: `Edm.Guid`, not nullable.
    pub media_leg_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `mediaQualityList`: `Collection(microsoft.graph.teleconferenceDeviceMediaQuality)`, not nullable.
    pub media_quality_list: rt::Field<
        ::std::vec::Vec<crate::beta::AnyTeleconferenceDeviceMediaQuality>,
    >,
    /// CSDL: property `participantId`: `Edm.Guid`, not nullable.
    pub participant_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceQuality {
    #[inline]
    fn default() -> Self {
        Self {
            call_chain_id: rt::Field::Absent,
            cloud_service_deployment_environment: rt::Field::Absent,
            cloud_service_deployment_id: rt::Field::Absent,
            cloud_service_instance_name: rt::Field::Absent,
            cloud_service_name: rt::Field::Absent,
            device_description: rt::Field::Absent,
            device_name: rt::Field::Absent,
            media_leg_id: rt::Field::Absent,
            media_quality_list: rt::Field::Absent,
            participant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for TeleconferenceDeviceQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceQuality";
    const KEYS: &'static [&'static str] = &[
        "callChainId",
        "cloudServiceDeploymentEnvironment",
        "cloudServiceDeploymentId",
        "cloudServiceInstanceName",
        "cloudServiceName",
        "deviceDescription",
        "deviceName",
        "mediaLegId",
        "mediaQualityList",
        "participantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callChainId\":                  ",
        ",\"cloudServiceDeploymentEnvironment\":",
        ",\"cloudServiceDeploymentId\":     ",
        ",\"cloudServiceInstanceName\":     ",
        ",\"cloudServiceName\":             ",
        ",\"deviceDescription\":            ",
        ",\"deviceName\":                   ",
        ",\"mediaLegId\":                   ",
        ",\"mediaQualityList\":             ",
        ",\"participantId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_chain_id", &self.call_chain_id);
        v.field(
            1usize,
            "cloud_service_deployment_environment",
            &self.cloud_service_deployment_environment,
        );
        v.field(
            2usize,
            "cloud_service_deployment_id",
            &self.cloud_service_deployment_id,
        );
        v.field(
            3usize,
            "cloud_service_instance_name",
            &self.cloud_service_instance_name,
        );
        v.field(4usize, "cloud_service_name", &self.cloud_service_name);
        v.field(5usize, "device_description", &self.device_description);
        v.field(6usize, "device_name", &self.device_name);
        v.field(7usize, "media_leg_id", &self.media_leg_id);
        v.field(8usize, "media_quality_list", &self.media_quality_list);
        v.field(9usize, "participant_id", &self.participant_id);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_chain_id.read_from(r),
            1usize => self.cloud_service_deployment_environment.read_from(r),
            2usize => self.cloud_service_deployment_id.read_from(r),
            3usize => self.cloud_service_instance_name.read_from(r),
            4usize => self.cloud_service_name.read_from(r),
            5usize => self.device_description.read_from(r),
            6usize => self.device_name.read_from(r),
            7usize => self.media_leg_id.read_from(r),
            8usize => self.media_quality_list.read_from(r),
            9usize => self.participant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_chain_id);
        w.field(1usize, &self.cloud_service_deployment_environment);
        w.field(2usize, &self.cloud_service_deployment_id);
        w.field(3usize, &self.cloud_service_instance_name);
        w.field(4usize, &self.cloud_service_name);
        w.field(5usize, &self.device_description);
        w.field(6usize, &self.device_name);
        w.field(7usize, &self.media_leg_id);
        w.field(8usize, &self.media_quality_list);
        w.field(9usize, &self.participant_id);
    }
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
rt::impl_object!(TeleconferenceDeviceQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceQuality { with_call_chain_id call_chain_id : rt::edm::Guid;
    with_cloud_service_deployment_environment cloud_service_deployment_environment :
    ::std::string::String; with_cloud_service_deployment_id cloud_service_deployment_id :
    ::std::string::String; with_cloud_service_instance_name cloud_service_instance_name :
    ::std::string::String; with_cloud_service_name cloud_service_name :
    ::std::string::String; with_device_description device_description :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_media_leg_id media_leg_id : rt::edm::Guid; with_media_quality_list
    media_quality_list : ::std::vec::Vec < crate
    ::beta::AnyTeleconferenceDeviceMediaQuality >; with_participant_id participant_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceScreenSharingQuality`, complex type, derived from `microsoft.graph.teleconferenceDeviceVideoQuality`, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceScreenSharingQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// CSDL: property `averageInboundBitRate`: `Edm.Double`, nullable.
    pub average_inbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageInboundFrameRate`: `Edm.Double`, nullable.
    pub average_inbound_frame_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundBitRate`: `Edm.Double`, nullable.
    pub average_outbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundFrameRate`: `Edm.Double`, nullable.
    pub average_outbound_frame_rate: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceScreenSharingQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            average_inbound_bit_rate: rt::Field::Absent,
            average_inbound_frame_rate: rt::Field::Absent,
            average_outbound_bit_rate: rt::Field::Absent,
            average_outbound_frame_rate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for TeleconferenceDeviceScreenSharingQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceScreenSharingQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
        "averageInboundBitRate",
        "averageInboundFrameRate",
        "averageOutboundBitRate",
        "averageOutboundFrameRate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
        ",\"averageInboundBitRate\":        ",
        ",\"averageInboundFrameRate\":      ",
        ",\"averageOutboundBitRate\":       ",
        ",\"averageOutboundFrameRate\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceScreenSharingQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
        v.field(21usize, "average_inbound_bit_rate", &self.average_inbound_bit_rate);
        v.field(22usize, "average_inbound_frame_rate", &self.average_inbound_frame_rate);
        v.field(23usize, "average_outbound_bit_rate", &self.average_outbound_bit_rate);
        v.field(
            24usize,
            "average_outbound_frame_rate",
            &self.average_outbound_frame_rate,
        );
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceScreenSharingQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            21usize => self.average_inbound_bit_rate.read_from(r),
            22usize => self.average_inbound_frame_rate.read_from(r),
            23usize => self.average_outbound_bit_rate.read_from(r),
            24usize => self.average_outbound_frame_rate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
        w.field(21usize, &self.average_inbound_bit_rate);
        w.field(22usize, &self.average_inbound_frame_rate);
        w.field(23usize, &self.average_outbound_bit_rate);
        w.field(24usize, &self.average_outbound_frame_rate);
    }
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
rt::impl_object!(TeleconferenceDeviceScreenSharingQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceScreenSharingQuality { with_average_inbound_jitter
    average_inbound_jitter : rt::edm::Duration;
    with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32;
    with_average_inbound_bit_rate average_inbound_bit_rate : f64;
    with_average_inbound_frame_rate average_inbound_frame_rate : f64;
    with_average_outbound_bit_rate average_outbound_bit_rate : f64;
    with_average_outbound_frame_rate average_outbound_frame_rate : f64; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceScreenSharingQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceVideoQuality`, complex type, derived from `microsoft.graph.teleconferenceDeviceMediaQuality`, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceVideoQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// CSDL: property `averageInboundBitRate`: `Edm.Double`, nullable.
    pub average_inbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageInboundFrameRate`: `Edm.Double`, nullable.
    pub average_inbound_frame_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundBitRate`: `Edm.Double`, nullable.
    pub average_outbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundFrameRate`: `Edm.Double`, nullable.
    pub average_outbound_frame_rate: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceVideoQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            average_inbound_bit_rate: rt::Field::Absent,
            average_inbound_frame_rate: rt::Field::Absent,
            average_outbound_bit_rate: rt::Field::Absent,
            average_outbound_frame_rate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for TeleconferenceDeviceVideoQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceVideoQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
        "averageInboundBitRate",
        "averageInboundFrameRate",
        "averageOutboundBitRate",
        "averageOutboundFrameRate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
        ",\"averageInboundBitRate\":        ",
        ",\"averageInboundFrameRate\":      ",
        ",\"averageOutboundBitRate\":       ",
        ",\"averageOutboundFrameRate\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceVideoQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
        v.field(21usize, "average_inbound_bit_rate", &self.average_inbound_bit_rate);
        v.field(22usize, "average_inbound_frame_rate", &self.average_inbound_frame_rate);
        v.field(23usize, "average_outbound_bit_rate", &self.average_outbound_bit_rate);
        v.field(
            24usize,
            "average_outbound_frame_rate",
            &self.average_outbound_frame_rate,
        );
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceVideoQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            21usize => self.average_inbound_bit_rate.read_from(r),
            22usize => self.average_inbound_frame_rate.read_from(r),
            23usize => self.average_outbound_bit_rate.read_from(r),
            24usize => self.average_outbound_frame_rate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
        w.field(21usize, &self.average_inbound_bit_rate);
        w.field(22usize, &self.average_inbound_frame_rate);
        w.field(23usize, &self.average_outbound_bit_rate);
        w.field(24usize, &self.average_outbound_frame_rate);
    }
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
rt::impl_object!(TeleconferenceDeviceVideoQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceVideoQuality { with_average_inbound_jitter average_inbound_jitter
    : rt::edm::Duration; with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32;
    with_average_inbound_bit_rate average_inbound_bit_rate : f64;
    with_average_inbound_frame_rate average_inbound_frame_rate : f64;
    with_average_outbound_bit_rate average_outbound_bit_rate : f64;
    with_average_outbound_frame_rate average_outbound_frame_rate : f64; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceVideoQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.teleconferenceDeviceVideoQuality` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeleconferenceDeviceVideoQuality {
    TeleconferenceDeviceVideoQuality(
        ::std::boxed::Box<crate::beta::TeleconferenceDeviceVideoQuality>,
    ),
    TeleconferenceDeviceScreenSharingQuality(
        ::std::boxed::Box<crate::beta::TeleconferenceDeviceScreenSharingQuality>,
    ),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyTeleconferenceDeviceVideoQuality {
    #[inline]
    fn default() -> Self {
        Self::TeleconferenceDeviceVideoQuality(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeleconferenceDeviceVideoQuality>
for AnyTeleconferenceDeviceVideoQuality {
    #[inline]
    fn from(v: crate::beta::TeleconferenceDeviceVideoQuality) -> Self {
        Self::TeleconferenceDeviceVideoQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeleconferenceDeviceScreenSharingQuality>
for AnyTeleconferenceDeviceVideoQuality {
    #[inline]
    fn from(v: crate::beta::TeleconferenceDeviceScreenSharingQuality) -> Self {
        Self::TeleconferenceDeviceScreenSharingQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TeleconferenceDeviceVideoQuality>();
    rt::object::auto_traits::<crate::beta::TeleconferenceDeviceScreenSharingQuality>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Poly for AnyTeleconferenceDeviceVideoQuality {
    const BASE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceVideoQuality";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceScreenSharingQuality",
            ) => Self::TeleconferenceDeviceScreenSharingQuality(rt::object::new_boxed()),
            _ => Self::TeleconferenceDeviceVideoQuality(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &**v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut **v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl AnyTeleconferenceDeviceVideoQuality {
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
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_jitter
            }
        }
    }
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_jitter
            }
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_jitter
            }
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_jitter
            }
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.channel_index,
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.channel_index,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.inbound_packets,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.inbound_packets,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_ip_address,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_ip_address,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_port,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_port,
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_jitter
            }
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_jitter
            }
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_jitter
            }
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_jitter
            }
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.media_duration,
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.media_duration,
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.network_link_speed_in_bytes,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.network_link_speed_in_bytes
            }
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.outbound_packets,
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.outbound_packets,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_ip_address,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_ip_address,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_port,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_port,
        }
    }
    /// `averageInboundBitRate` of any variant.
    #[inline]
    pub fn average_inbound_bit_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_bit_rate
            }
        }
    }
    /// `averageInboundBitRate` of any variant.
    #[inline]
    pub fn average_inbound_bit_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_inbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_bit_rate
            }
        }
    }
    /// `averageInboundFrameRate` of any variant.
    #[inline]
    pub fn average_inbound_frame_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_frame_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_frame_rate
            }
        }
    }
    /// `averageInboundFrameRate` of any variant.
    #[inline]
    pub fn average_inbound_frame_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_frame_rate
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_frame_rate
            }
        }
    }
    /// `averageOutboundBitRate` of any variant.
    #[inline]
    pub fn average_outbound_bit_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_bit_rate
            }
        }
    }
    /// `averageOutboundBitRate` of any variant.
    #[inline]
    pub fn average_outbound_bit_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_outbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_bit_rate
            }
        }
    }
    /// `averageOutboundFrameRate` of any variant.
    #[inline]
    pub fn average_outbound_frame_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_frame_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_frame_rate
            }
        }
    }
    /// `averageOutboundFrameRate` of any variant.
    #[inline]
    pub fn average_outbound_frame_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_frame_rate
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_frame_rate
            }
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyTeleconferenceDeviceVideoQuality);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeleconferenceDeviceVideoQuality);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.temporaryAccessPassAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<TemporaryAccessPassAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TemporaryAccessPassAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isUsable`: `Edm.Boolean`, nullable.
    pub is_usable: rt::Field<bool>,
    /// CSDL: property `isUsableOnce`: `Edm.Boolean`, nullable.
    pub is_usable_once: rt::Field<bool>,
    /// CSDL: property `lifetimeInMinutes`: `Edm.Int32`, nullable.
    pub lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: property `methodUsabilityReason`: `Edm.String`, nullable.
    pub method_usability_reason: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `temporaryAccessPass`: `Edm.String`, nullable.
    pub temporary_access_pass: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TemporaryAccessPassAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_usable: rt::Field::Absent,
            is_usable_once: rt::Field::Absent,
            lifetime_in_minutes: rt::Field::Absent,
            method_usability_reason: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            temporary_access_pass: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TemporaryAccessPassAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "isUsable",
        "isUsableOnce",
        "lifetimeInMinutes",
        "methodUsabilityReason",
        "startDateTime",
        "temporaryAccessPass",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"isUsable\":                     ",
        ",\"isUsableOnce\":                 ",
        ",\"lifetimeInMinutes\":            ",
        ",\"methodUsabilityReason\":        ",
        ",\"startDateTime\":                ",
        ",\"temporaryAccessPass\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.temporaryAccessPassAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "is_usable", &self.is_usable);
        v.field(3usize, "is_usable_once", &self.is_usable_once);
        v.field(4usize, "lifetime_in_minutes", &self.lifetime_in_minutes);
        v.field(5usize, "method_usability_reason", &self.method_usability_reason);
        v.field(6usize, "start_date_time", &self.start_date_time);
        v.field(7usize, "temporary_access_pass", &self.temporary_access_pass);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TemporaryAccessPassAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.is_usable.read_from(r),
            3usize => self.is_usable_once.read_from(r),
            4usize => self.lifetime_in_minutes.read_from(r),
            5usize => self.method_usability_reason.read_from(r),
            6usize => self.start_date_time.read_from(r),
            7usize => self.temporary_access_pass.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.is_usable);
        w.field(3usize, &self.is_usable_once);
        w.field(4usize, &self.lifetime_in_minutes);
        w.field(5usize, &self.method_usability_reason);
        w.field(6usize, &self.start_date_time);
        w.field(7usize, &self.temporary_access_pass);
    }
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
rt::impl_object!(TemporaryAccessPassAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TemporaryAccessPassAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_is_usable
    is_usable : bool; with_is_usable_once is_usable_once : bool; with_lifetime_in_minutes
    lifetime_in_minutes : i32; with_method_usability_reason method_usability_reason :
    ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_temporary_access_pass temporary_access_pass :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TemporaryAccessPassAuthenticationMethod);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`TemporaryAccessPassAuthenticationMethodConfigurationPath`](requests/trait.TemporaryAccessPassAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<TemporaryAccessPassAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct TemporaryAccessPassAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::beta::AuthenticationMethodState>,
    /// CSDL: property `defaultLength`: `Edm.Int32`, nullable.
    pub default_length: rt::Field<i32>,
    /// CSDL: property `defaultLifetimeInMinutes`: `Edm.Int32`, nullable.
    pub default_lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: property `isUsableOnce`: `Edm.Boolean`, nullable.
    pub is_usable_once: rt::Field<bool>,
    /// CSDL: property `maximumLifetimeInMinutes`: `Edm.Int32`, nullable.
    pub maximum_lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: property `minimumLifetimeInMinutes`: `Edm.Int32`, nullable.
    pub minimum_lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::beta::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for TemporaryAccessPassAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            state: rt::Field::Absent,
            default_length: rt::Field::Absent,
            default_lifetime_in_minutes: rt::Field::Absent,
            is_usable_once: rt::Field::Absent,
            maximum_lifetime_in_minutes: rt::Field::Absent,
            minimum_lifetime_in_minutes: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for TemporaryAccessPassAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "state",
        "defaultLength",
        "defaultLifetimeInMinutes",
        "isUsableOnce",
        "maximumLifetimeInMinutes",
        "minimumLifetimeInMinutes",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"state\":                        ",
        ",\"defaultLength\":                ",
        ",\"defaultLifetimeInMinutes\":     ",
        ",\"isUsableOnce\":                 ",
        ",\"maximumLifetimeInMinutes\":     ",
        ",\"minimumLifetimeInMinutes\":     ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "state", &self.state);
        v.field(2usize, "default_length", &self.default_length);
        v.field(
            3usize,
            "default_lifetime_in_minutes",
            &self.default_lifetime_in_minutes,
        );
        v.field(4usize, "is_usable_once", &self.is_usable_once);
        v.field(
            5usize,
            "maximum_lifetime_in_minutes",
            &self.maximum_lifetime_in_minutes,
        );
        v.field(
            6usize,
            "minimum_lifetime_in_minutes",
            &self.minimum_lifetime_in_minutes,
        );
        v.field(7usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for TemporaryAccessPassAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.state.read_from(r),
            2usize => self.default_length.read_from(r),
            3usize => self.default_lifetime_in_minutes.read_from(r),
            4usize => self.is_usable_once.read_from(r),
            5usize => self.maximum_lifetime_in_minutes.read_from(r),
            6usize => self.minimum_lifetime_in_minutes.read_from(r),
            7usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.state);
        w.field(2usize, &self.default_length);
        w.field(3usize, &self.default_lifetime_in_minutes);
        w.field(4usize, &self.is_usable_once);
        w.field(5usize, &self.maximum_lifetime_in_minutes);
        w.field(6usize, &self.minimum_lifetime_in_minutes);
        w.field(7usize, &self.include_targets);
    }
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
rt::impl_object!(TemporaryAccessPassAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    TemporaryAccessPassAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_state state : crate ::beta::AuthenticationMethodState;
    with_default_length default_length : i32; with_default_lifetime_in_minutes
    default_lifetime_in_minutes : i32; with_is_usable_once is_usable_once : bool;
    with_maximum_lifetime_in_minutes maximum_lifetime_in_minutes : i32;
    with_minimum_lifetime_in_minutes minimum_lifetime_in_minutes : i32;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::beta::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(TemporaryAccessPassAuthenticationMethodConfiguration);
#[cfg(msgraph_beta_tenant_relationships)]
/// CSDL: `microsoft.graph.tenantRelationship`, entity type.
///
/// Request builders: [`TenantRelationshipPath`](requests/trait.TenantRelationshipPath.html), what a path to one (`EntityPath<TenantRelationship, C>`) dereferences to.
///
/// Features: `beta` or `beta-tenant-relationships`.
#[derive(Clone)]
pub struct TenantRelationship {
    /// CSDL: containment navigation property `managedTenants`: `microsoft.graph.managedTenants.managedTenant`, nullable.
    pub managed_tenants: rt::Field<crate::beta::managed_tenants::ManagedTenant>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_tenant_relationships)]
impl ::std::default::Default for TenantRelationship {
    #[inline]
    fn default() -> Self {
        Self {
            managed_tenants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_tenant_relationships)]
impl rt::Object for TenantRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantRelationship";
    const KEYS: &'static [&'static str] = &["managedTenants"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managedTenants\":               "];
    const TAG: &'static str = "\"#microsoft.graph.tenantRelationship\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "managed_tenants", &self.managed_tenants);
    }
}
#[cfg(msgraph_beta_tenant_relationships)]
impl rt::object::Members for TenantRelationship {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_tenants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_tenants);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_tenant_relationships)]
rt::impl_object!(TenantRelationship);
#[cfg(msgraph_beta_tenant_relationships)]
rt::impl_setters!(
    TenantRelationship { with_managed_tenants managed_tenants : crate
    ::beta::managed_tenants::ManagedTenant; }
);
#[cfg(msgraph_beta_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantRelationship);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// CSDL: `microsoft.graph.tenantSetupInfo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TenantSetupInfoPath`](requests/trait.TenantSetupInfoPath.html), what a path to one (`EntityPath<TenantSetupInfo, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
#[derive(Clone)]
pub struct TenantSetupInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstTimeSetup`: `Edm.Boolean`, nullable.
    pub first_time_setup: rt::Field<bool>,
    /// CSDL: property `relevantRolesSettings`: `Collection(Edm.String)`, nullable.
    pub relevant_roles_settings: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `setupStatus`: `microsoft.graph.setupStatus`, nullable.
    pub setup_status: rt::Field<crate::beta::SetupStatus>,
    /// CSDL: property `skipSetup`: `Edm.Boolean`, nullable.
    pub skip_setup: rt::Field<bool>,
    /// CSDL: property `userRolesActions`: `Edm.String`, nullable.
    pub user_roles_actions: rt::Field<::std::string::String>,
    /// CSDL: navigation property `defaultRolesSettings`: `microsoft.graph.privilegedRoleSettings`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    pub default_roles_settings: rt::Field<crate::beta::PrivilegedRoleSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl ::std::default::Default for TenantSetupInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_time_setup: rt::Field::Absent,
            relevant_roles_settings: rt::Field::Absent,
            setup_status: rt::Field::Absent,
            skip_setup: rt::Field::Absent,
            user_roles_actions: rt::Field::Absent,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            default_roles_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::Object for TenantSetupInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantSetupInfo";
    const KEYS: &'static [&'static str] = &[
        "id",
        "firstTimeSetup",
        "relevantRolesSettings",
        "setupStatus",
        "skipSetup",
        "userRolesActions",
        "defaultRolesSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstTimeSetup\":               ",
        ",\"relevantRolesSettings\":        ",
        ",\"setupStatus\":                  ",
        ",\"skipSetup\":                    ",
        ",\"userRolesActions\":             ",
        ",\"defaultRolesSettings\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tenantSetupInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_time_setup", &self.first_time_setup);
        v.field(2usize, "relevant_roles_settings", &self.relevant_roles_settings);
        v.field(3usize, "setup_status", &self.setup_status);
        v.field(4usize, "skip_setup", &self.skip_setup);
        v.field(5usize, "user_roles_actions", &self.user_roles_actions);
        #[cfg(
            msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
        )] v.field(6usize, "default_roles_settings", &self.default_roles_settings);
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::object::Members for TenantSetupInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_time_setup.read_from(r),
            2usize => self.relevant_roles_settings.read_from(r),
            3usize => self.setup_status.read_from(r),
            4usize => self.skip_setup.read_from(r),
            5usize => self.user_roles_actions.read_from(r),
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            6usize => self.default_roles_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_time_setup);
        w.field(2usize, &self.relevant_roles_settings);
        w.field(3usize, &self.setup_status);
        w.field(4usize, &self.skip_setup);
        w.field(5usize, &self.user_roles_actions);
        #[cfg(
            msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
        )] w.field(6usize, &self.default_roles_settings);
    }
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
rt::impl_object!(TenantSetupInfo);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_setters!(
    TenantSetupInfo { with_id id : ::std::string::String; with_first_time_setup
    first_time_setup : bool; with_relevant_roles_settings relevant_roles_settings :
    ::std::vec::Vec < ::std::string::String >; with_setup_status setup_status : crate
    ::beta::SetupStatus; with_skip_setup skip_setup : bool; with_user_roles_actions
    user_roles_actions : ::std::string::String;
    #[cfg(msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more)]
    with_default_roles_settings default_roles_settings : crate
    ::beta::PrivilegedRoleSettings; }
);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantSetupInfo);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.termsExpiration`, complex type.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct TermsExpiration {
    /// CSDL: property `frequency`: `Edm.Duration`, nullable.
    pub frequency: rt::Field<rt::edm::Duration>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for TermsExpiration {
    #[inline]
    fn default() -> Self {
        Self {
            frequency: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for TermsExpiration {
    const TYPE_NAME: &'static str = "microsoft.graph.termsExpiration";
    const KEYS: &'static [&'static str] = &["frequency", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"frequency\":                    ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsExpiration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "frequency", &self.frequency);
        v.field(1usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for TermsExpiration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.frequency.read_from(r),
            1usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.frequency);
        w.field(1usize, &self.start_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(TermsExpiration);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    TermsExpiration { with_frequency frequency : rt::edm::Duration; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsExpiration);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.termsOfUseContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsOfUseContainerPath`](requests/trait.TermsOfUseContainerPath.html), what a path to one (`EntityPath<TermsOfUseContainer, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct TermsOfUseContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `agreementAcceptances`: `Collection(microsoft.graph.agreementAcceptance)`, not nullable.
    pub agreement_acceptances: rt::Field<
        ::std::vec::Vec<crate::beta::AgreementAcceptance>,
    >,
    /// CSDL: containment navigation property `agreements`: `Collection(microsoft.graph.agreement)`, not nullable.
    pub agreements: rt::Field<::std::vec::Vec<crate::beta::Agreement>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for TermsOfUseContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            agreement_acceptances: rt::Field::Absent,
            agreements: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for TermsOfUseContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.termsOfUseContainer";
    const KEYS: &'static [&'static str] = &["id", "agreementAcceptances", "agreements"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"agreementAcceptances\":         ",
        ",\"agreements\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsOfUseContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "agreement_acceptances", &self.agreement_acceptances);
        v.field(2usize, "agreements", &self.agreements);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for TermsOfUseContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.agreement_acceptances.read_from(r),
            2usize => self.agreements.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.agreement_acceptances);
        w.field(2usize, &self.agreements);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(TermsOfUseContainer);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    TermsOfUseContainer { with_id id : ::std::string::String; with_agreement_acceptances
    agreement_acceptances : ::std::vec::Vec < crate ::beta::AgreementAcceptance >;
    with_agreements agreements : ::std::vec::Vec < crate ::beta::Agreement >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsOfUseContainer);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.textClassificationRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct TextClassificationRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `fileExtension`: `Edm.String`, nullable.
    pub file_extension: rt::Field<::std::string::String>,
    /// CSDL: property `matchTolerancesToInclude`: `microsoft.graph.mlClassificationMatchTolerance`, nullable.
    pub match_tolerances_to_include: rt::Field<
        rt::Flags<crate::beta::MlClassificationMatchTolerance>,
    >,
    /// CSDL: property `scopesToRun`: `microsoft.graph.sensitiveTypeScope`, nullable.
    pub scopes_to_run: rt::Field<rt::Flags<crate::beta::SensitiveTypeScope>>,
    /// CSDL: property `sensitiveTypeIds`: `Collection(Edm.String)`, nullable.
    pub sensitive_type_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for TextClassificationRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            file_extension: rt::Field::Absent,
            match_tolerances_to_include: rt::Field::Absent,
            scopes_to_run: rt::Field::Absent,
            sensitive_type_ids: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for TextClassificationRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.textClassificationRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "fileExtension",
        "matchTolerancesToInclude",
        "scopesToRun",
        "sensitiveTypeIds",
        "text",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fileExtension\":                ",
        ",\"matchTolerancesToInclude\":     ",
        ",\"scopesToRun\":                  ",
        ",\"sensitiveTypeIds\":             ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.textClassificationRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "file_extension", &self.file_extension);
        v.field(
            2usize,
            "match_tolerances_to_include",
            &self.match_tolerances_to_include,
        );
        v.field(3usize, "scopes_to_run", &self.scopes_to_run);
        v.field(4usize, "sensitive_type_ids", &self.sensitive_type_ids);
        v.field(5usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for TextClassificationRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.file_extension.read_from(r),
            2usize => self.match_tolerances_to_include.read_from(r),
            3usize => self.scopes_to_run.read_from(r),
            4usize => self.sensitive_type_ids.read_from(r),
            5usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.file_extension);
        w.field(2usize, &self.match_tolerances_to_include);
        w.field(3usize, &self.scopes_to_run);
        w.field(4usize, &self.sensitive_type_ids);
        w.field(5usize, &self.text);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(TextClassificationRequest);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    TextClassificationRequest { with_id id : ::std::string::String; with_file_extension
    file_extension : ::std::string::String; with_match_tolerances_to_include
    match_tolerances_to_include : rt::Flags < crate
    ::beta::MlClassificationMatchTolerance >; with_scopes_to_run scopes_to_run :
    rt::Flags < crate ::beta::SensitiveTypeScope >; with_sensitive_type_ids
    sensitive_type_ids : ::std::vec::Vec < ::std::string::String >; with_text text :
    ::std::string::String; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TextClassificationRequest);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// navigable
///
/// CSDL: `microsoft.graph.thumbnail`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Thumbnail {
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `sourceItemId`: `Edm.String`, nullable.
    pub source_item_id: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Thumbnail {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            height: rt::Field::Absent,
            source_item_id: rt::Field::Absent,
            url: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Thumbnail {
    const TYPE_NAME: &'static str = "microsoft.graph.thumbnail";
    const KEYS: &'static [&'static str] = &[
        "content",
        "height",
        "sourceItemId",
        "url",
        "width",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"height\":                       ",
        ",\"sourceItemId\":                 ",
        ",\"url\":                          ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.thumbnail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "height", &self.height);
        v.field(2usize, "source_item_id", &self.source_item_id);
        v.field(3usize, "url", &self.url);
        v.field(4usize, "width", &self.width);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Thumbnail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.height.read_from(r),
            2usize => self.source_item_id.read_from(r),
            3usize => self.url.read_from(r),
            4usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.height);
        w.field(2usize, &self.source_item_id);
        w.field(3usize, &self.url);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Thumbnail);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Thumbnail { with_content content : rt::RawJson; with_height height : i32;
    with_source_item_id source_item_id : ::std::string::String; with_url url :
    ::std::string::String; with_width width : i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Thumbnail);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.thumbnailSet`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ThumbnailSetPath`](requests/trait.ThumbnailSetPath.html), what a path to one (`EntityPath<ThumbnailSet, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ThumbnailSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `large`: `microsoft.graph.thumbnail`, nullable.
    pub large: rt::Field<crate::beta::Thumbnail>,
    /// CSDL: property `medium`: `microsoft.graph.thumbnail`, nullable.
    pub medium: rt::Field<crate::beta::Thumbnail>,
    /// CSDL: property `small`: `microsoft.graph.thumbnail`, nullable.
    pub small: rt::Field<crate::beta::Thumbnail>,
    /// CSDL: property `source`: `microsoft.graph.thumbnail`, nullable.
    pub source: rt::Field<crate::beta::Thumbnail>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ThumbnailSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            large: rt::Field::Absent,
            medium: rt::Field::Absent,
            small: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ThumbnailSet {
    const TYPE_NAME: &'static str = "microsoft.graph.thumbnailSet";
    const KEYS: &'static [&'static str] = &["id", "large", "medium", "small", "source"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"large\":                        ",
        ",\"medium\":                       ",
        ",\"small\":                        ",
        ",\"source\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.thumbnailSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "large", &self.large);
        v.field(2usize, "medium", &self.medium);
        v.field(3usize, "small", &self.small);
        v.field(4usize, "source", &self.source);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ThumbnailSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.large.read_from(r),
            2usize => self.medium.read_from(r),
            3usize => self.small.read_from(r),
            4usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.large);
        w.field(2usize, &self.medium);
        w.field(3usize, &self.small);
        w.field(4usize, &self.source);
    }
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
rt::impl_object!(ThumbnailSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ThumbnailSet { with_id id : ::std::string::String; with_large large : crate
    ::beta::Thumbnail; with_medium medium : crate ::beta::Thumbnail; with_small small :
    crate ::beta::Thumbnail; with_source source : crate ::beta::Thumbnail; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThumbnailSet);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.tiAction`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TiAction {
    /// `unknown` (value 0).
    Unknown,
    /// `allow` (value 1).
    Allow,
    /// `block` (value 2).
    Block,
    /// `alert` (value 3).
    Alert,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for TiAction {
    const TYPE_NAME: &'static str = "microsoft.graph.tiAction";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "allow",
        "block",
        "alert",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "allow" => Self::Allow,
                "block" => Self::Block,
                "alert" => Self::Alert,
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
            Self::Allow => "allow",
            Self::Block => "block",
            Self::Alert => "alert",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(TiAction);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TiAction);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.tiIndicator`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct TiIndicator {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.tiAction`, nullable.
    pub action: rt::Field<crate::beta::TiAction>,
    /// CSDL: property `activityGroupNames`: `Collection(Edm.String)`, nullable.
    pub activity_group_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `diamondModel`: `microsoft.graph.diamondModel`, nullable.
    pub diamond_model: rt::Field<crate::beta::DiamondModel>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailEncoding`: `Edm.String`, nullable.
    pub email_encoding: rt::Field<::std::string::String>,
    /// CSDL: property `emailLanguage`: `Edm.String`, nullable.
    pub email_language: rt::Field<::std::string::String>,
    /// CSDL: property `emailRecipient`: `Edm.String`, nullable.
    pub email_recipient: rt::Field<::std::string::String>,
    /// CSDL: property `emailSenderAddress`: `Edm.String`, nullable.
    pub email_sender_address: rt::Field<::std::string::String>,
    /// CSDL: property `emailSenderName`: `Edm.String`, nullable.
    pub email_sender_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailSourceDomain`: `Edm.String`, nullable.
    pub email_source_domain: rt::Field<::std::string::String>,
    /// CSDL: property `emailSourceIpAddress`: `Edm.String`, nullable.
    pub email_source_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `emailSubject`: `Edm.String`, nullable.
    pub email_subject: rt::Field<::std::string::String>,
    /// CSDL: property `emailXMailer`: `Edm.String`, nullable.
    pub email_x_mailer: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `fileCompileDateTime`: `Edm.DateTimeOffset`, nullable.
    pub file_compile_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub file_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileHashType`: `microsoft.graph.fileHashType`, nullable.
    pub file_hash_type: rt::Field<crate::beta::FileHashType>,
    /// CSDL: property `fileHashValue`: `Edm.String`, nullable.
    pub file_hash_value: rt::Field<::std::string::String>,
    /// CSDL: property `fileMutexName`: `Edm.String`, nullable.
    pub file_mutex_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `filePacker`: `Edm.String`, nullable.
    pub file_packer: rt::Field<::std::string::String>,
    /// CSDL: property `filePath`: `Edm.String`, nullable.
    pub file_path: rt::Field<::std::string::String>,
    /// CSDL: property `fileSize`: `Edm.Int64`, nullable.
    pub file_size: rt::Field<i64>,
    /// CSDL: property `fileType`: `Edm.String`, nullable.
    pub file_type: rt::Field<::std::string::String>,
    /// CSDL: property `ingestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub ingested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `killChain`: `Collection(Edm.String)`, nullable.
    pub kill_chain: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `knownFalsePositives`: `Edm.String`, nullable.
    pub known_false_positives: rt::Field<::std::string::String>,
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `malwareFamilyNames`: `Collection(Edm.String)`, nullable.
    pub malware_family_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `networkCidrBlock`: `Edm.String`, nullable.
    pub network_cidr_block: rt::Field<::std::string::String>,
    /// CSDL: property `networkDestinationAsn`: `Edm.Int64`, nullable.
    pub network_destination_asn: rt::Field<i64>,
    /// CSDL: property `networkDestinationCidrBlock`: `Edm.String`, nullable.
    pub network_destination_cidr_block: rt::Field<::std::string::String>,
    /// CSDL: property `networkDestinationIPv4`: `Edm.String`, nullable.
    pub network_destination_i_pv4: rt::Field<::std::string::String>,
    /// CSDL: property `networkDestinationIPv6`: `Edm.String`, nullable.
    pub network_destination_i_pv6: rt::Field<::std::string::String>,
    /// CSDL: property `networkDestinationPort`: `Edm.Int32`, nullable.
    pub network_destination_port: rt::Field<i32>,
    /// CSDL: property `networkIPv4`: `Edm.String`, nullable.
    pub network_i_pv4: rt::Field<::std::string::String>,
    /// CSDL: property `networkIPv6`: `Edm.String`, nullable.
    pub network_i_pv6: rt::Field<::std::string::String>,
    /// CSDL: property `networkPort`: `Edm.Int32`, nullable.
    pub network_port: rt::Field<i32>,
    /// CSDL: property `networkProtocol`: `Edm.Int32`, nullable.
    pub network_protocol: rt::Field<i32>,
    /// CSDL: property `networkSourceAsn`: `Edm.Int64`, nullable.
    pub network_source_asn: rt::Field<i64>,
    /// CSDL: property `networkSourceCidrBlock`: `Edm.String`, nullable.
    pub network_source_cidr_block: rt::Field<::std::string::String>,
    /// CSDL: property `networkSourceIPv4`: `Edm.String`, nullable.
    pub network_source_i_pv4: rt::Field<::std::string::String>,
    /// CSDL: property `networkSourceIPv6`: `Edm.String`, nullable.
    pub network_source_i_pv6: rt::Field<::std::string::String>,
    /// CSDL: property `networkSourcePort`: `Edm.Int32`, nullable.
    pub network_source_port: rt::Field<i32>,
    /// CSDL: property `passiveOnly`: `Edm.Boolean`, nullable.
    pub passive_only: rt::Field<bool>,
    /// CSDL: property `severity`: `Edm.Int32`, nullable.
    pub severity: rt::Field<i32>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `targetProduct`: `Edm.String`, not nullable.
    pub target_product: rt::Field<::std::string::String>,
    /// CSDL: property `threatType`: `Edm.String`, nullable.
    pub threat_type: rt::Field<::std::string::String>,
    /// CSDL: property `tlpLevel`: `microsoft.graph.tlpLevel`, nullable.
    pub tlp_level: rt::Field<crate::beta::TlpLevel>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// CSDL: property `userAgent`: `Edm.String`, nullable.
    pub user_agent: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for TiIndicator {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            activity_group_names: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            confidence: rt::Field::Absent,
            description: rt::Field::Absent,
            diamond_model: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            email_encoding: rt::Field::Absent,
            email_language: rt::Field::Absent,
            email_recipient: rt::Field::Absent,
            email_sender_address: rt::Field::Absent,
            email_sender_name: rt::Field::Absent,
            email_source_domain: rt::Field::Absent,
            email_source_ip_address: rt::Field::Absent,
            email_subject: rt::Field::Absent,
            email_x_mailer: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            external_id: rt::Field::Absent,
            file_compile_date_time: rt::Field::Absent,
            file_created_date_time: rt::Field::Absent,
            file_hash_type: rt::Field::Absent,
            file_hash_value: rt::Field::Absent,
            file_mutex_name: rt::Field::Absent,
            file_name: rt::Field::Absent,
            file_packer: rt::Field::Absent,
            file_path: rt::Field::Absent,
            file_size: rt::Field::Absent,
            file_type: rt::Field::Absent,
            ingested_date_time: rt::Field::Absent,
            is_active: rt::Field::Absent,
            kill_chain: rt::Field::Absent,
            known_false_positives: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            malware_family_names: rt::Field::Absent,
            network_cidr_block: rt::Field::Absent,
            network_destination_asn: rt::Field::Absent,
            network_destination_cidr_block: rt::Field::Absent,
            network_destination_i_pv4: rt::Field::Absent,
            network_destination_i_pv6: rt::Field::Absent,
            network_destination_port: rt::Field::Absent,
            network_i_pv4: rt::Field::Absent,
            network_i_pv6: rt::Field::Absent,
            network_port: rt::Field::Absent,
            network_protocol: rt::Field::Absent,
            network_source_asn: rt::Field::Absent,
            network_source_cidr_block: rt::Field::Absent,
            network_source_i_pv4: rt::Field::Absent,
            network_source_i_pv6: rt::Field::Absent,
            network_source_port: rt::Field::Absent,
            passive_only: rt::Field::Absent,
            severity: rt::Field::Absent,
            tags: rt::Field::Absent,
            target_product: rt::Field::Absent,
            threat_type: rt::Field::Absent,
            tlp_level: rt::Field::Absent,
            url: rt::Field::Absent,
            user_agent: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for TiIndicator {
    const TYPE_NAME: &'static str = "microsoft.graph.tiIndicator";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "activityGroupNames",
        "additionalInformation",
        "azureTenantId",
        "confidence",
        "description",
        "diamondModel",
        "domainName",
        "emailEncoding",
        "emailLanguage",
        "emailRecipient",
        "emailSenderAddress",
        "emailSenderName",
        "emailSourceDomain",
        "emailSourceIpAddress",
        "emailSubject",
        "emailXMailer",
        "expirationDateTime",
        "externalId",
        "fileCompileDateTime",
        "fileCreatedDateTime",
        "fileHashType",
        "fileHashValue",
        "fileMutexName",
        "fileName",
        "filePacker",
        "filePath",
        "fileSize",
        "fileType",
        "ingestedDateTime",
        "isActive",
        "killChain",
        "knownFalsePositives",
        "lastReportedDateTime",
        "malwareFamilyNames",
        "networkCidrBlock",
        "networkDestinationAsn",
        "networkDestinationCidrBlock",
        "networkDestinationIPv4",
        "networkDestinationIPv6",
        "networkDestinationPort",
        "networkIPv4",
        "networkIPv6",
        "networkPort",
        "networkProtocol",
        "networkSourceAsn",
        "networkSourceCidrBlock",
        "networkSourceIPv4",
        "networkSourceIPv6",
        "networkSourcePort",
        "passiveOnly",
        "severity",
        "tags",
        "targetProduct",
        "threatType",
        "tlpLevel",
        "url",
        "userAgent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"activityGroupNames\":           ",
        ",\"additionalInformation\":        ",
        ",\"azureTenantId\":                ",
        ",\"confidence\":                   ",
        ",\"description\":                  ",
        ",\"diamondModel\":                 ",
        ",\"domainName\":                   ",
        ",\"emailEncoding\":                ",
        ",\"emailLanguage\":                ",
        ",\"emailRecipient\":               ",
        ",\"emailSenderAddress\":           ",
        ",\"emailSenderName\":              ",
        ",\"emailSourceDomain\":            ",
        ",\"emailSourceIpAddress\":         ",
        ",\"emailSubject\":                 ",
        ",\"emailXMailer\":                 ",
        ",\"expirationDateTime\":           ",
        ",\"externalId\":                   ",
        ",\"fileCompileDateTime\":          ",
        ",\"fileCreatedDateTime\":          ",
        ",\"fileHashType\":                 ",
        ",\"fileHashValue\":                ",
        ",\"fileMutexName\":                ",
        ",\"fileName\":                     ",
        ",\"filePacker\":                   ",
        ",\"filePath\":                     ",
        ",\"fileSize\":                     ",
        ",\"fileType\":                     ",
        ",\"ingestedDateTime\":             ",
        ",\"isActive\":                     ",
        ",\"killChain\":                    ",
        ",\"knownFalsePositives\":          ",
        ",\"lastReportedDateTime\":         ",
        ",\"malwareFamilyNames\":           ",
        ",\"networkCidrBlock\":             ",
        ",\"networkDestinationAsn\":        ",
        ",\"networkDestinationCidrBlock\":  ",
        ",\"networkDestinationIPv4\":       ",
        ",\"networkDestinationIPv6\":       ",
        ",\"networkDestinationPort\":       ",
        ",\"networkIPv4\":                  ",
        ",\"networkIPv6\":                  ",
        ",\"networkPort\":                  ",
        ",\"networkProtocol\":              ",
        ",\"networkSourceAsn\":             ",
        ",\"networkSourceCidrBlock\":       ",
        ",\"networkSourceIPv4\":            ",
        ",\"networkSourceIPv6\":            ",
        ",\"networkSourcePort\":            ",
        ",\"passiveOnly\":                  ",
        ",\"severity\":                     ",
        ",\"tags\":                         ",
        ",\"targetProduct\":                ",
        ",\"threatType\":                   ",
        ",\"tlpLevel\":                     ",
        ",\"url\":                          ",
        ",\"userAgent\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tiIndicator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "activity_group_names", &self.activity_group_names);
        v.field(3usize, "additional_information", &self.additional_information);
        v.field(4usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(5usize, "confidence", &self.confidence);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "diamond_model", &self.diamond_model);
        v.field(8usize, "domain_name", &self.domain_name);
        v.field(9usize, "email_encoding", &self.email_encoding);
        v.field(10usize, "email_language", &self.email_language);
        v.field(11usize, "email_recipient", &self.email_recipient);
        v.field(12usize, "email_sender_address", &self.email_sender_address);
        v.field(13usize, "email_sender_name", &self.email_sender_name);
        v.field(14usize, "email_source_domain", &self.email_source_domain);
        v.field(15usize, "email_source_ip_address", &self.email_source_ip_address);
        v.field(16usize, "email_subject", &self.email_subject);
        v.field(17usize, "email_x_mailer", &self.email_x_mailer);
        v.field(18usize, "expiration_date_time", &self.expiration_date_time);
        v.field(19usize, "external_id", &self.external_id);
        v.field(20usize, "file_compile_date_time", &self.file_compile_date_time);
        v.field(21usize, "file_created_date_time", &self.file_created_date_time);
        v.field(22usize, "file_hash_type", &self.file_hash_type);
        v.field(23usize, "file_hash_value", &self.file_hash_value);
        v.field(24usize, "file_mutex_name", &self.file_mutex_name);
        v.field(25usize, "file_name", &self.file_name);
        v.field(26usize, "file_packer", &self.file_packer);
        v.field(27usize, "file_path", &self.file_path);
        v.field(28usize, "file_size", &self.file_size);
        v.field(29usize, "file_type", &self.file_type);
        v.field(30usize, "ingested_date_time", &self.ingested_date_time);
        v.field(31usize, "is_active", &self.is_active);
        v.field(32usize, "kill_chain", &self.kill_chain);
        v.field(33usize, "known_false_positives", &self.known_false_positives);
        v.field(34usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(35usize, "malware_family_names", &self.malware_family_names);
        v.field(36usize, "network_cidr_block", &self.network_cidr_block);
        v.field(37usize, "network_destination_asn", &self.network_destination_asn);
        v.field(
            38usize,
            "network_destination_cidr_block",
            &self.network_destination_cidr_block,
        );
        v.field(39usize, "network_destination_i_pv4", &self.network_destination_i_pv4);
        v.field(40usize, "network_destination_i_pv6", &self.network_destination_i_pv6);
        v.field(41usize, "network_destination_port", &self.network_destination_port);
        v.field(42usize, "network_i_pv4", &self.network_i_pv4);
        v.field(43usize, "network_i_pv6", &self.network_i_pv6);
        v.field(44usize, "network_port", &self.network_port);
        v.field(45usize, "network_protocol", &self.network_protocol);
        v.field(46usize, "network_source_asn", &self.network_source_asn);
        v.field(47usize, "network_source_cidr_block", &self.network_source_cidr_block);
        v.field(48usize, "network_source_i_pv4", &self.network_source_i_pv4);
        v.field(49usize, "network_source_i_pv6", &self.network_source_i_pv6);
        v.field(50usize, "network_source_port", &self.network_source_port);
        v.field(51usize, "passive_only", &self.passive_only);
        v.field(52usize, "severity", &self.severity);
        v.field(53usize, "tags", &self.tags);
        v.field(54usize, "target_product", &self.target_product);
        v.field(55usize, "threat_type", &self.threat_type);
        v.field(56usize, "tlp_level", &self.tlp_level);
        v.field(57usize, "url", &self.url);
        v.field(58usize, "user_agent", &self.user_agent);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for TiIndicator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.activity_group_names.read_from(r),
            3usize => self.additional_information.read_from(r),
            4usize => self.azure_tenant_id.read_from(r),
            5usize => self.confidence.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.diamond_model.read_from(r),
            8usize => self.domain_name.read_from(r),
            9usize => self.email_encoding.read_from(r),
            10usize => self.email_language.read_from(r),
            11usize => self.email_recipient.read_from(r),
            12usize => self.email_sender_address.read_from(r),
            13usize => self.email_sender_name.read_from(r),
            14usize => self.email_source_domain.read_from(r),
            15usize => self.email_source_ip_address.read_from(r),
            16usize => self.email_subject.read_from(r),
            17usize => self.email_x_mailer.read_from(r),
            18usize => self.expiration_date_time.read_from(r),
            19usize => self.external_id.read_from(r),
            20usize => self.file_compile_date_time.read_from(r),
            21usize => self.file_created_date_time.read_from(r),
            22usize => self.file_hash_type.read_from(r),
            23usize => self.file_hash_value.read_from(r),
            24usize => self.file_mutex_name.read_from(r),
            25usize => self.file_name.read_from(r),
            26usize => self.file_packer.read_from(r),
            27usize => self.file_path.read_from(r),
            28usize => self.file_size.read_from(r),
            29usize => self.file_type.read_from(r),
            30usize => self.ingested_date_time.read_from(r),
            31usize => self.is_active.read_from(r),
            32usize => self.kill_chain.read_from(r),
            33usize => self.known_false_positives.read_from(r),
            34usize => self.last_reported_date_time.read_from(r),
            35usize => self.malware_family_names.read_from(r),
            36usize => self.network_cidr_block.read_from(r),
            37usize => self.network_destination_asn.read_from(r),
            38usize => self.network_destination_cidr_block.read_from(r),
            39usize => self.network_destination_i_pv4.read_from(r),
            40usize => self.network_destination_i_pv6.read_from(r),
            41usize => self.network_destination_port.read_from(r),
            42usize => self.network_i_pv4.read_from(r),
            43usize => self.network_i_pv6.read_from(r),
            44usize => self.network_port.read_from(r),
            45usize => self.network_protocol.read_from(r),
            46usize => self.network_source_asn.read_from(r),
            47usize => self.network_source_cidr_block.read_from(r),
            48usize => self.network_source_i_pv4.read_from(r),
            49usize => self.network_source_i_pv6.read_from(r),
            50usize => self.network_source_port.read_from(r),
            51usize => self.passive_only.read_from(r),
            52usize => self.severity.read_from(r),
            53usize => self.tags.read_from(r),
            54usize => self.target_product.read_from(r),
            55usize => self.threat_type.read_from(r),
            56usize => self.tlp_level.read_from(r),
            57usize => self.url.read_from(r),
            58usize => self.user_agent.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.activity_group_names);
        w.field(3usize, &self.additional_information);
        w.field(4usize, &self.azure_tenant_id);
        w.field(5usize, &self.confidence);
        w.field(6usize, &self.description);
        w.field(7usize, &self.diamond_model);
        w.field(8usize, &self.domain_name);
        w.field(9usize, &self.email_encoding);
        w.field(10usize, &self.email_language);
        w.field(11usize, &self.email_recipient);
        w.field(12usize, &self.email_sender_address);
        w.field(13usize, &self.email_sender_name);
        w.field(14usize, &self.email_source_domain);
        w.field(15usize, &self.email_source_ip_address);
        w.field(16usize, &self.email_subject);
        w.field(17usize, &self.email_x_mailer);
        w.field(18usize, &self.expiration_date_time);
        w.field(19usize, &self.external_id);
        w.field(20usize, &self.file_compile_date_time);
        w.field(21usize, &self.file_created_date_time);
        w.field(22usize, &self.file_hash_type);
        w.field(23usize, &self.file_hash_value);
        w.field(24usize, &self.file_mutex_name);
        w.field(25usize, &self.file_name);
        w.field(26usize, &self.file_packer);
        w.field(27usize, &self.file_path);
        w.field(28usize, &self.file_size);
        w.field(29usize, &self.file_type);
        w.field(30usize, &self.ingested_date_time);
        w.field(31usize, &self.is_active);
        w.field(32usize, &self.kill_chain);
        w.field(33usize, &self.known_false_positives);
        w.field(34usize, &self.last_reported_date_time);
        w.field(35usize, &self.malware_family_names);
        w.field(36usize, &self.network_cidr_block);
        w.field(37usize, &self.network_destination_asn);
        w.field(38usize, &self.network_destination_cidr_block);
        w.field(39usize, &self.network_destination_i_pv4);
        w.field(40usize, &self.network_destination_i_pv6);
        w.field(41usize, &self.network_destination_port);
        w.field(42usize, &self.network_i_pv4);
        w.field(43usize, &self.network_i_pv6);
        w.field(44usize, &self.network_port);
        w.field(45usize, &self.network_protocol);
        w.field(46usize, &self.network_source_asn);
        w.field(47usize, &self.network_source_cidr_block);
        w.field(48usize, &self.network_source_i_pv4);
        w.field(49usize, &self.network_source_i_pv6);
        w.field(50usize, &self.network_source_port);
        w.field(51usize, &self.passive_only);
        w.field(52usize, &self.severity);
        w.field(53usize, &self.tags);
        w.field(54usize, &self.target_product);
        w.field(55usize, &self.threat_type);
        w.field(56usize, &self.tlp_level);
        w.field(57usize, &self.url);
        w.field(58usize, &self.user_agent);
    }
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
rt::impl_object!(TiIndicator);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    TiIndicator { with_id id : ::std::string::String; with_action action : crate
    ::beta::TiAction; with_activity_group_names activity_group_names : ::std::vec::Vec <
    ::std::string::String >; with_additional_information additional_information :
    ::std::string::String; with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_confidence confidence : i32; with_description description :
    ::std::string::String; with_diamond_model diamond_model : crate ::beta::DiamondModel;
    with_domain_name domain_name : ::std::string::String; with_email_encoding
    email_encoding : ::std::string::String; with_email_language email_language :
    ::std::string::String; with_email_recipient email_recipient : ::std::string::String;
    with_email_sender_address email_sender_address : ::std::string::String;
    with_email_sender_name email_sender_name : ::std::string::String;
    with_email_source_domain email_source_domain : ::std::string::String;
    with_email_source_ip_address email_source_ip_address : ::std::string::String;
    with_email_subject email_subject : ::std::string::String; with_email_x_mailer
    email_x_mailer : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_external_id external_id :
    ::std::string::String; with_file_compile_date_time file_compile_date_time :
    rt::edm::DateTimeOffset; with_file_created_date_time file_created_date_time :
    rt::edm::DateTimeOffset; with_file_hash_type file_hash_type : crate
    ::beta::FileHashType; with_file_hash_value file_hash_value : ::std::string::String;
    with_file_mutex_name file_mutex_name : ::std::string::String; with_file_name
    file_name : ::std::string::String; with_file_packer file_packer :
    ::std::string::String; with_file_path file_path : ::std::string::String;
    with_file_size file_size : i64; with_file_type file_type : ::std::string::String;
    with_ingested_date_time ingested_date_time : rt::edm::DateTimeOffset; with_is_active
    is_active : bool; with_kill_chain kill_chain : ::std::vec::Vec <
    ::std::string::String >; with_known_false_positives known_false_positives :
    ::std::string::String; with_last_reported_date_time last_reported_date_time :
    rt::edm::DateTimeOffset; with_malware_family_names malware_family_names :
    ::std::vec::Vec < ::std::string::String >; with_network_cidr_block network_cidr_block
    : ::std::string::String; with_network_destination_asn network_destination_asn : i64;
    with_network_destination_cidr_block network_destination_cidr_block :
    ::std::string::String; with_network_destination_i_pv4 network_destination_i_pv4 :
    ::std::string::String; with_network_destination_i_pv6 network_destination_i_pv6 :
    ::std::string::String; with_network_destination_port network_destination_port : i32;
    with_network_i_pv4 network_i_pv4 : ::std::string::String; with_network_i_pv6
    network_i_pv6 : ::std::string::String; with_network_port network_port : i32;
    with_network_protocol network_protocol : i32; with_network_source_asn
    network_source_asn : i64; with_network_source_cidr_block network_source_cidr_block :
    ::std::string::String; with_network_source_i_pv4 network_source_i_pv4 :
    ::std::string::String; with_network_source_i_pv6 network_source_i_pv6 :
    ::std::string::String; with_network_source_port network_source_port : i32;
    with_passive_only passive_only : bool; with_severity severity : i32; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_target_product target_product :
    ::std::string::String; with_threat_type threat_type : ::std::string::String;
    with_tlp_level tlp_level : crate ::beta::TlpLevel; with_url url :
    ::std::string::String; with_user_agent user_agent : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TiIndicator);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.ticketInfo`, complex type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct TicketInfo {
    /// CSDL: property `ticketNumber`: `Edm.String`, nullable.
    pub ticket_number: rt::Field<::std::string::String>,
    /// CSDL: property `ticketSystem`: `Edm.String`, nullable.
    pub ticket_system: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for TicketInfo {
    #[inline]
    fn default() -> Self {
        Self {
            ticket_number: rt::Field::Absent,
            ticket_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for TicketInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.ticketInfo";
    const KEYS: &'static [&'static str] = &["ticketNumber", "ticketSystem"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ticketNumber\":                 ",
        ",\"ticketSystem\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ticketInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ticket_number", &self.ticket_number);
        v.field(1usize, "ticket_system", &self.ticket_system);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for TicketInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ticket_number.read_from(r),
            1usize => self.ticket_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ticket_number);
        w.field(1usize, &self.ticket_system);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(TicketInfo);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    TicketInfo { with_ticket_number ticket_number : ::std::string::String;
    with_ticket_system ticket_system : ::std::string::String; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TicketInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeCard`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeCardPath`](requests/trait.TimeCardPath.html), what a path to one (`EntityPath<TimeCard, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCard {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `breaks`: `Collection(microsoft.graph.timeCardBreak)`, nullable.
    pub breaks: rt::Field<::std::vec::Vec<crate::beta::TimeCardBreak>>,
    /// CSDL: property `clockInEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_in_event: rt::Field<crate::beta::TimeCardEvent>,
    /// CSDL: property `clockOutEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_out_event: rt::Field<crate::beta::TimeCardEvent>,
    /// CSDL: property `confirmedBy`: `microsoft.graph.confirmedBy`, nullable.
    pub confirmed_by: rt::Field<rt::Flags<crate::beta::ConfirmedBy>>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `originalEntry`: `microsoft.graph.timeCardEntry`, nullable.
    pub original_entry: rt::Field<crate::beta::TimeCardEntry>,
    /// CSDL: property `state`: `microsoft.graph.timeCardState`, nullable.
    pub state: rt::Field<crate::beta::TimeCardState>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCard {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            breaks: rt::Field::Absent,
            clock_in_event: rt::Field::Absent,
            clock_out_event: rt::Field::Absent,
            confirmed_by: rt::Field::Absent,
            notes: rt::Field::Absent,
            original_entry: rt::Field::Absent,
            state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCard {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCard";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "breaks",
        "clockInEvent",
        "clockOutEvent",
        "confirmedBy",
        "notes",
        "originalEntry",
        "state",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"breaks\":                       ",
        ",\"clockInEvent\":                 ",
        ",\"clockOutEvent\":                ",
        ",\"confirmedBy\":                  ",
        ",\"notes\":                        ",
        ",\"originalEntry\":                ",
        ",\"state\":                        ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCard\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "breaks", &self.breaks);
        v.field(6usize, "clock_in_event", &self.clock_in_event);
        v.field(7usize, "clock_out_event", &self.clock_out_event);
        v.field(8usize, "confirmed_by", &self.confirmed_by);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "original_entry", &self.original_entry);
        v.field(11usize, "state", &self.state);
        v.field(12usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCard {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.breaks.read_from(r),
            6usize => self.clock_in_event.read_from(r),
            7usize => self.clock_out_event.read_from(r),
            8usize => self.confirmed_by.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.original_entry.read_from(r),
            11usize => self.state.read_from(r),
            12usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.breaks);
        w.field(6usize, &self.clock_in_event);
        w.field(7usize, &self.clock_out_event);
        w.field(8usize, &self.confirmed_by);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.original_entry);
        w.field(11usize, &self.state);
        w.field(12usize, &self.user_id);
    }
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
rt::impl_object!(TimeCard);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCard { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_breaks breaks : ::std::vec::Vec < crate
    ::beta::TimeCardBreak >; with_clock_in_event clock_in_event : crate
    ::beta::TimeCardEvent; with_clock_out_event clock_out_event : crate
    ::beta::TimeCardEvent; with_confirmed_by confirmed_by : rt::Flags < crate
    ::beta::ConfirmedBy >; with_notes notes : crate ::beta::ItemBody; with_original_entry
    original_entry : crate ::beta::TimeCardEntry; with_state state : crate
    ::beta::TimeCardState; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCard);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeCardBreak`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardBreak {
    /// CSDL: property `breakId`: `Edm.String`, nullable.
    pub break_id: rt::Field<::std::string::String>,
    /// CSDL: property `end`: `microsoft.graph.timeCardEvent`, nullable.
    pub end: rt::Field<crate::beta::TimeCardEvent>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `start`: `microsoft.graph.timeCardEvent`, not nullable.
    pub start: rt::Field<crate::beta::TimeCardEvent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardBreak {
    #[inline]
    fn default() -> Self {
        Self {
            break_id: rt::Field::Absent,
            end: rt::Field::Absent,
            notes: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardBreak {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardBreak";
    const KEYS: &'static [&'static str] = &["breakId", "end", "notes", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"breakId\":                      ",
        ",\"end\":                          ",
        ",\"notes\":                        ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardBreak\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "break_id", &self.break_id);
        v.field(1usize, "end", &self.end);
        v.field(2usize, "notes", &self.notes);
        v.field(3usize, "start", &self.start);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardBreak {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.break_id.read_from(r),
            1usize => self.end.read_from(r),
            2usize => self.notes.read_from(r),
            3usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.break_id);
        w.field(1usize, &self.end);
        w.field(2usize, &self.notes);
        w.field(3usize, &self.start);
    }
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
rt::impl_object!(TimeCardBreak);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardBreak { with_break_id break_id : ::std::string::String; with_end end : crate
    ::beta::TimeCardEvent; with_notes notes : crate ::beta::ItemBody; with_start start :
    crate ::beta::TimeCardEvent; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardBreak);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeCardEntry`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardEntry {
    /// CSDL: property `breaks`: `Collection(microsoft.graph.timeCardBreak)`, nullable.
    pub breaks: rt::Field<::std::vec::Vec<crate::beta::TimeCardBreak>>,
    /// CSDL: property `clockInEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_in_event: rt::Field<crate::beta::TimeCardEvent>,
    /// CSDL: property `clockOutEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_out_event: rt::Field<crate::beta::TimeCardEvent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardEntry {
    #[inline]
    fn default() -> Self {
        Self {
            breaks: rt::Field::Absent,
            clock_in_event: rt::Field::Absent,
            clock_out_event: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardEntry";
    const KEYS: &'static [&'static str] = &["breaks", "clockInEvent", "clockOutEvent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"breaks\":                       ",
        ",\"clockInEvent\":                 ",
        ",\"clockOutEvent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "breaks", &self.breaks);
        v.field(1usize, "clock_in_event", &self.clock_in_event);
        v.field(2usize, "clock_out_event", &self.clock_out_event);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.breaks.read_from(r),
            1usize => self.clock_in_event.read_from(r),
            2usize => self.clock_out_event.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.breaks);
        w.field(1usize, &self.clock_in_event);
        w.field(2usize, &self.clock_out_event);
    }
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
rt::impl_object!(TimeCardEntry);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardEntry { with_breaks breaks : ::std::vec::Vec < crate ::beta::TimeCardBreak >;
    with_clock_in_event clock_in_event : crate ::beta::TimeCardEvent;
    with_clock_out_event clock_out_event : crate ::beta::TimeCardEvent; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEntry);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeCardEvent`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardEvent {
    /// CSDL: property `atApprovedLocation`: `Edm.Boolean`, nullable.
    pub at_approved_location: rt::Field<bool>,
    /// CSDL: property `dateTime`: `Edm.DateTimeOffset`, not nullable.
    pub date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardEvent {
    #[inline]
    fn default() -> Self {
        Self {
            at_approved_location: rt::Field::Absent,
            date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardEvent";
    const KEYS: &'static [&'static str] = &["atApprovedLocation", "dateTime", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"atApprovedLocation\":           ",
        ",\"dateTime\":                     ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "at_approved_location", &self.at_approved_location);
        v.field(1usize, "date_time", &self.date_time);
        v.field(2usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.at_approved_location.read_from(r),
            1usize => self.date_time.read_from(r),
            2usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.at_approved_location);
        w.field(1usize, &self.date_time);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TimeCardEvent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardEvent { with_at_approved_location at_approved_location : bool; with_date_time
    date_time : rt::edm::DateTimeOffset; with_notes notes : crate ::beta::ItemBody; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEvent);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeCardState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeCardState {
    /// `clockedIn` (value 0).
    ClockedIn,
    /// `onBreak` (value 1).
    OnBreak,
    /// `clockedOut` (value 2).
    ClockedOut,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TimeCardState {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardState";
    const MEMBERS: &'static [&'static str] = &[
        "clockedIn",
        "onBreak",
        "clockedOut",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clockedIn" => Self::ClockedIn,
                "onBreak" => Self::OnBreak,
                "clockedOut" => Self::ClockedOut,
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
            Self::ClockedIn => "clockedIn",
            Self::OnBreak => "onBreak",
            Self::ClockedOut => "clockedOut",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TimeCardState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeClockSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeClockSettings {
    /// CSDL: property `approvedLocation`: `microsoft.graph.geoCoordinates`, nullable.
    pub approved_location: rt::Field<crate::beta::GeoCoordinates>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeClockSettings {
    #[inline]
    fn default() -> Self {
        Self {
            approved_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeClockSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.timeClockSettings";
    const KEYS: &'static [&'static str] = &["approvedLocation"];
    const KEYS_JSON: &'static [&'static str] = &[",\"approvedLocation\":             "];
    const TAG: &'static str = "\"#microsoft.graph.timeClockSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "approved_location", &self.approved_location);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeClockSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approved_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approved_location);
    }
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
rt::impl_object!(TimeClockSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeClockSettings { with_approved_location approved_location : crate
    ::beta::GeoCoordinates; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeClockSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeConstraint`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeConstraint {
    /// CSDL: property `activityDomain`: `microsoft.graph.activityDomain`, nullable.
    pub activity_domain: rt::Field<crate::beta::ActivityDomain>,
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.timeSlot)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::beta::TimeSlot>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            activity_domain: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.timeConstraint";
    const KEYS: &'static [&'static str] = &["activityDomain", "timeSlots"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityDomain\":               ",
        ",\"timeSlots\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_domain", &self.activity_domain);
        v.field(1usize, "time_slots", &self.time_slots);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_domain.read_from(r),
            1usize => self.time_slots.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_domain);
        w.field(1usize, &self.time_slots);
    }
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
rt::impl_object!(TimeConstraint);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeConstraint { with_activity_domain activity_domain : crate ::beta::ActivityDomain;
    with_time_slots time_slots : ::std::vec::Vec < crate ::beta::TimeSlot >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeConstraint);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeOff`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeOffPath`](requests/trait.TimeOffPath.html), what a path to one (`EntityPath<TimeOff, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOff {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `draftTimeOff`: `microsoft.graph.timeOffItem`, nullable.
    pub draft_time_off: rt::Field<crate::beta::TimeOffItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `sharedTimeOff`: `microsoft.graph.timeOffItem`, nullable.
    pub shared_time_off: rt::Field<crate::beta::TimeOffItem>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeOff {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_time_off: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            shared_time_off: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeOff {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOff";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftTimeOff",
        "isStagedForDeletion",
        "sharedTimeOff",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"draftTimeOff\":                 ",
        ",\"isStagedForDeletion\":          ",
        ",\"sharedTimeOff\":                ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOff\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "draft_time_off", &self.draft_time_off);
        v.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        v.field(7usize, "shared_time_off", &self.shared_time_off);
        v.field(8usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeOff {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_time_off.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.shared_time_off.read_from(r),
            8usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.draft_time_off);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.shared_time_off);
        w.field(8usize, &self.user_id);
    }
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
rt::impl_object!(TimeOff);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeOff { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_time_off draft_time_off : crate
    ::beta::TimeOffItem; with_is_staged_for_deletion is_staged_for_deletion : bool;
    with_shared_time_off shared_time_off : crate ::beta::TimeOffItem; with_user_id
    user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOff);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeOffItem`, complex type, derived from `microsoft.graph.scheduleEntity`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::beta::ScheduleEntityTheme>,
    /// CSDL: property `timeOffReasonId`: `Edm.String`, nullable.
    pub time_off_reason_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeOffItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            time_off_reason_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeOffItem {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "timeOffReasonId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
        ",\"timeOffReasonId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
        v.field(3usize, "time_off_reason_id", &self.time_off_reason_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeOffItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.time_off_reason_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.time_off_reason_id);
    }
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
rt::impl_object!(TimeOffItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeOffItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::beta::ScheduleEntityTheme; with_time_off_reason_id time_off_reason_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeOffReason`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<TimeOffReason, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffReason {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `iconType`: `microsoft.graph.timeOffReasonIconType`, nullable.
    pub icon_type: rt::Field<crate::beta::TimeOffReasonIconType>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeOffReason {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            icon_type: rt::Field::Absent,
            is_active: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeOffReason {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffReason";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "displayName",
        "iconType",
        "isActive",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"displayName\":                  ",
        ",\"iconType\":                     ",
        ",\"isActive\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffReason\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "icon_type", &self.icon_type);
        v.field(7usize, "is_active", &self.is_active);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeOffReason {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.icon_type.read_from(r),
            7usize => self.is_active.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.icon_type);
        w.field(7usize, &self.is_active);
    }
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
rt::impl_object!(TimeOffReason);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeOffReason { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_icon_type icon_type : crate ::beta::TimeOffReasonIconType; with_is_active
    is_active : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffReason);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeOffReasonIconType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeOffReasonIconType {
    /// `none` (value 0).
    None,
    /// `car` (value 1).
    Car,
    /// `calendar` (value 2).
    Calendar,
    /// `running` (value 3).
    Running,
    /// `plane` (value 4).
    Plane,
    /// `firstAid` (value 5).
    FirstAid,
    /// `doctor` (value 6).
    Doctor,
    /// `notWorking` (value 7).
    NotWorking,
    /// `clock` (value 8).
    Clock,
    /// `juryDuty` (value 9).
    JuryDuty,
    /// `globe` (value 10).
    Globe,
    /// `cup` (value 11).
    Cup,
    /// `phone` (value 12).
    Phone,
    /// `weather` (value 13).
    Weather,
    /// `umbrella` (value 14).
    Umbrella,
    /// `piggyBank` (value 15).
    PiggyBank,
    /// `dog` (value 16).
    Dog,
    /// `cake` (value 17).
    Cake,
    /// `trafficCone` (value 18).
    TrafficCone,
    /// `pin` (value 19).
    Pin,
    /// `sunny` (value 20).
    Sunny,
    /// `unknownFutureValue` (value 21).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TimeOffReasonIconType {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffReasonIconType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "car",
        "calendar",
        "running",
        "plane",
        "firstAid",
        "doctor",
        "notWorking",
        "clock",
        "juryDuty",
        "globe",
        "cup",
        "phone",
        "weather",
        "umbrella",
        "piggyBank",
        "dog",
        "cake",
        "trafficCone",
        "pin",
        "sunny",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "car" => Self::Car,
                "calendar" => Self::Calendar,
                "running" => Self::Running,
                "plane" => Self::Plane,
                "firstAid" => Self::FirstAid,
                "doctor" => Self::Doctor,
                "notWorking" => Self::NotWorking,
                "clock" => Self::Clock,
                "juryDuty" => Self::JuryDuty,
                "globe" => Self::Globe,
                "cup" => Self::Cup,
                "phone" => Self::Phone,
                "weather" => Self::Weather,
                "umbrella" => Self::Umbrella,
                "piggyBank" => Self::PiggyBank,
                "dog" => Self::Dog,
                "cake" => Self::Cake,
                "trafficCone" => Self::TrafficCone,
                "pin" => Self::Pin,
                "sunny" => Self::Sunny,
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
            Self::Car => "car",
            Self::Calendar => "calendar",
            Self::Running => "running",
            Self::Plane => "plane",
            Self::FirstAid => "firstAid",
            Self::Doctor => "doctor",
            Self::NotWorking => "notWorking",
            Self::Clock => "clock",
            Self::JuryDuty => "juryDuty",
            Self::Globe => "globe",
            Self::Cup => "cup",
            Self::Phone => "phone",
            Self::Weather => "weather",
            Self::Umbrella => "umbrella",
            Self::PiggyBank => "piggyBank",
            Self::Dog => "dog",
            Self::Cake => "cake",
            Self::TrafficCone => "trafficCone",
            Self::Pin => "pin",
            Self::Sunny => "sunny",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TimeOffReasonIconType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffReasonIconType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeOffRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<TimeOffRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::beta::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::beta::ScheduleChangeState>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `timeOffReasonId`: `Edm.String`, nullable.
    pub time_off_reason_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeOffRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            time_off_reason_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeOffRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "endDateTime",
        "startDateTime",
        "timeOffReasonId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"timeOffReasonId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
        v.field(13usize, "end_date_time", &self.end_date_time);
        v.field(14usize, "start_date_time", &self.start_date_time);
        v.field(15usize, "time_off_reason_id", &self.time_off_reason_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeOffRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.end_date_time.read_from(r),
            14usize => self.start_date_time.read_from(r),
            15usize => self.time_off_reason_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.end_date_time);
        w.field(14usize, &self.start_date_time);
        w.field(15usize, &self.time_off_reason_id);
    }
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
rt::impl_object!(TimeOffRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeOffRequest { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::beta::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::beta::ScheduleChangeState; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_time_off_reason_id time_off_reason_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeZoneStandard`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeZoneStandard {
    /// `windows` (value 0).
    Windows,
    /// `iana` (value 1).
    Iana,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TimeZoneStandard {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneStandard";
    const MEMBERS: &'static [&'static str] = &["windows", "iana"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windows" => Self::Windows,
                "iana" => Self::Iana,
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
            Self::Windows => "windows",
            Self::Iana => "iana",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TimeZoneStandard);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneStandard);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.tlpLevel`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TlpLevel {
    /// `unknown` (value 0).
    Unknown,
    /// `white` (value 1).
    White,
    /// `green` (value 2).
    Green,
    /// `amber` (value 3).
    Amber,
    /// `red` (value 4).
    Red,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for TlpLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.tlpLevel";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "white",
        "green",
        "amber",
        "red",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "white" => Self::White,
                "green" => Self::Green,
                "amber" => Self::Amber,
                "red" => Self::Red,
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
            Self::White => "white",
            Self::Green => "green",
            Self::Amber => "amber",
            Self::Red => "red",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(TlpLevel);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TlpLevel);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
/// CSDL: `microsoft.graph.tokenIssuerType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TokenIssuerType {
    /// `AzureAD` (value 0).
    AzureAd,
    /// `ADFederationServices` (value 1).
    AdFederationServices,
    /// `UnknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
impl rt::StrEnum for TokenIssuerType {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenIssuerType";
    const MEMBERS: &'static [&'static str] = &[
        "AzureAD",
        "ADFederationServices",
        "UnknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "AzureAD" => Self::AzureAd,
                "ADFederationServices" => Self::AdFederationServices,
                "UnknownFutureValue" => Self::UnknownFutureValue,
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
            Self::AzureAd => "AzureAD",
            Self::AdFederationServices => "ADFederationServices",
            Self::UnknownFutureValue => "UnknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
rt::impl_enum!(TokenIssuerType);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenIssuerType);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.tokenMeetingInfo`, complex type, derived from `microsoft.graph.meetingInfo`.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct TokenMeetingInfo {
    /// CSDL: property `allowConversationWithoutHost`: `Edm.Boolean`, nullable.
    pub allow_conversation_without_host: rt::Field<bool>,
    /// CSDL: property `token`: `Edm.String`, not nullable.
    pub token: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for TokenMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            allow_conversation_without_host: rt::Field::Absent,
            token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for TokenMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenMeetingInfo";
    const KEYS: &'static [&'static str] = &["allowConversationWithoutHost", "token"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowConversationWithoutHost\": ",
        ",\"token\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tokenMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_conversation_without_host",
            &self.allow_conversation_without_host,
        );
        v.field(1usize, "token", &self.token);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for TokenMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_conversation_without_host.read_from(r),
            1usize => self.token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_conversation_without_host);
        w.field(1usize, &self.token);
    }
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
rt::impl_object!(TokenMeetingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    TokenMeetingInfo { with_allow_conversation_without_host
    allow_conversation_without_host : bool; with_token token : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenMeetingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.tone`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Tone {
    /// `tone0` (value 0).
    Tone0,
    /// `tone1` (value 1).
    Tone1,
    /// `tone2` (value 2).
    Tone2,
    /// `tone3` (value 3).
    Tone3,
    /// `tone4` (value 4).
    Tone4,
    /// `tone5` (value 5).
    Tone5,
    /// `tone6` (value 6).
    Tone6,
    /// `tone7` (value 7).
    Tone7,
    /// `tone8` (value 8).
    Tone8,
    /// `tone9` (value 9).
    Tone9,
    /// `star` (value 10).
    Star,
    /// `pound` (value 11).
    Pound,
    /// `a` (value 12).
    A,
    /// `b` (value 13).
    B,
    /// `c` (value 14).
    C,
    /// `d` (value 15).
    D,
    /// `flash` (value 16).
    Flash,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for Tone {
    const TYPE_NAME: &'static str = "microsoft.graph.tone";
    const MEMBERS: &'static [&'static str] = &[
        "tone0",
        "tone1",
        "tone2",
        "tone3",
        "tone4",
        "tone5",
        "tone6",
        "tone7",
        "tone8",
        "tone9",
        "star",
        "pound",
        "a",
        "b",
        "c",
        "d",
        "flash",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "tone0" => Self::Tone0,
                "tone1" => Self::Tone1,
                "tone2" => Self::Tone2,
                "tone3" => Self::Tone3,
                "tone4" => Self::Tone4,
                "tone5" => Self::Tone5,
                "tone6" => Self::Tone6,
                "tone7" => Self::Tone7,
                "tone8" => Self::Tone8,
                "tone9" => Self::Tone9,
                "star" => Self::Star,
                "pound" => Self::Pound,
                "a" => Self::A,
                "b" => Self::B,
                "c" => Self::C,
                "d" => Self::D,
                "flash" => Self::Flash,
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
            Self::Tone0 => "tone0",
            Self::Tone1 => "tone1",
            Self::Tone2 => "tone2",
            Self::Tone3 => "tone3",
            Self::Tone4 => "tone4",
            Self::Tone5 => "tone5",
            Self::Tone6 => "tone6",
            Self::Tone7 => "tone7",
            Self::Tone8 => "tone8",
            Self::Tone9 => "tone9",
            Self::Star => "star",
            Self::Pound => "pound",
            Self::A => "a",
            Self::B => "b",
            Self::C => "c",
            Self::D => "d",
            Self::Flash => "flash",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(Tone);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Tone);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.toneInfo`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct ToneInfo {
    /// CSDL: property `sequenceId`: `Edm.Int64`, not nullable.
    pub sequence_id: rt::Field<i64>,
    /// CSDL: property `tone`: `microsoft.graph.tone`, not nullable.
    pub tone: rt::Field<crate::beta::Tone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for ToneInfo {
    #[inline]
    fn default() -> Self {
        Self {
            sequence_id: rt::Field::Absent,
            tone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for ToneInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.toneInfo";
    const KEYS: &'static [&'static str] = &["sequenceId", "tone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sequenceId\":                   ",
        ",\"tone\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.toneInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sequence_id", &self.sequence_id);
        v.field(1usize, "tone", &self.tone);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for ToneInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sequence_id.read_from(r),
            1usize => self.tone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sequence_id);
        w.field(1usize, &self.tone);
    }
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
rt::impl_object!(ToneInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    ToneInfo { with_sequence_id sequence_id : i64; with_tone tone : crate ::beta::Tone; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ToneInfo);
