//! Items of `params` by the first letters of their types' names (`s_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.acquireAccessToken`.
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationAcquireAccessTokenParams {
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::beta::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationAcquireAccessTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationAcquireAccessTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acquireAccessToken(microsoft.graph.synchronization)";
    const KEYS: &'static [&'static str] = &["credentials"];
    const KEYS_JSON: &'static [&'static str] = &[",\"credentials\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.acquireAccessToken(microsoft.graph.synchronization)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SynchronizationAcquireAccessTokenParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationAcquireAccessTokenParams { with_credentials credentials :
    ::std::vec::Vec < crate ::beta::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationAcquireAccessTokenParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.addTokenSigningCertificate`.
/// - `displayName`: `Edm.String`
/// - `endDateTime`: `Edm.DateTimeOffset`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalAddTokenSigningCertificateParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for ServicePrincipalAddTokenSigningCertificateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addTokenSigningCertificate(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["displayName", "endDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addTokenSigningCertificate(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ServicePrincipalAddTokenSigningCertificateParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServicePrincipalAddTokenSigningCertificateParams { with_display_name display_name :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddTokenSigningCertificateParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.approve`.
/// - `message`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleChangeRequestApproveParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ScheduleChangeRequestApproveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleChangeRequestApproveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.approve(microsoft.graph.scheduleChangeRequest)";
    const KEYS: &'static [&'static str] = &["message"];
    const KEYS_JSON: &'static [&'static str] = &[",\"message\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.approve(microsoft.graph.scheduleChangeRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ScheduleChangeRequestApproveParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleChangeRequestApproveParams { with_message message : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestApproveParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionArchiveParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.archive(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionArchiveParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionArchiveParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionArchiveParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.createPasswordSingleSignOnCredentials`.
/// - `id`: `Edm.String`
/// - `credentials`: `Collection(microsoft.graph.credential)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalCreatePasswordSingleSignOnCredentialsParams {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.credential)`, not nullable.
    pub credentials: rt::Field<::std::vec::Vec<crate::beta::Credential>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default
for ServicePrincipalCreatePasswordSingleSignOnCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ServicePrincipalCreatePasswordSingleSignOnCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createPasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["id", "credentials"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"credentials\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createPasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members
for ServicePrincipalCreatePasswordSingleSignOnCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.credentials);
    }
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
rt::impl_object!(ServicePrincipalCreatePasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServicePrincipalCreatePasswordSingleSignOnCredentialsParams { with_id id :
    ::std::string::String; with_credentials credentials : ::std::vec::Vec < crate
    ::beta::Credential >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalCreatePasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `message`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleChangeRequestDeclineParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ScheduleChangeRequestDeclineParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleChangeRequestDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.scheduleChangeRequest)";
    const KEYS: &'static [&'static str] = &["message"];
    const KEYS_JSON: &'static [&'static str] = &[",\"message\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.scheduleChangeRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ScheduleChangeRequestDeclineParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleChangeRequestDeclineParams { with_message message : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestDeclineParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.deletePasswordSingleSignOnCredentials`.
/// - `id`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalDeletePasswordSingleSignOnCredentialsParams {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default
for ServicePrincipalDeletePasswordSingleSignOnCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ServicePrincipalDeletePasswordSingleSignOnCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deletePasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.deletePasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members
for ServicePrincipalDeletePasswordSingleSignOnCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
    }
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
rt::impl_object!(ServicePrincipalDeletePasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServicePrincipalDeletePasswordSingleSignOnCredentialsParams { with_id id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalDeletePasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Parameters of the action `microsoft.graph.evaluate`.
/// - `discoveredSensitiveTypes`: `Collection(microsoft.graph.discoveredSensitiveType)`
/// - `currentLabel`: `microsoft.graph.currentLabel`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SensitivityLabelCollectionEvaluateParams {
    /// CSDL: property `discoveredSensitiveTypes`: `Collection(microsoft.graph.discoveredSensitiveType)`, nullable.
    pub discovered_sensitive_types: rt::Field<
        ::std::vec::Vec<crate::beta::DiscoveredSensitiveType>,
    >,
    /// CSDL: property `currentLabel`: `microsoft.graph.currentLabel`, nullable.
    pub current_label: rt::Field<crate::beta::CurrentLabel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for SensitivityLabelCollectionEvaluateParams {
    #[inline]
    fn default() -> Self {
        Self {
            discovered_sensitive_types: rt::Field::Absent,
            current_label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for SensitivityLabelCollectionEvaluateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluate(Collection(microsoft.graph.sensitivityLabel))";
    const KEYS: &'static [&'static str] = &["discoveredSensitiveTypes", "currentLabel"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"discoveredSensitiveTypes\":     ",
        ",\"currentLabel\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluate(Collection(microsoft.graph.sensitivityLabel))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "discovered_sensitive_types", &self.discovered_sensitive_types);
        v.field(1usize, "current_label", &self.current_label);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for SensitivityLabelCollectionEvaluateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.discovered_sensitive_types.read_from(r),
            1usize => self.current_label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.discovered_sensitive_types);
        w.field(1usize, &self.current_label);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(SensitivityLabelCollectionEvaluateParams);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    SensitivityLabelCollectionEvaluateParams { with_discovered_sensitive_types
    discovered_sensitive_types : ::std::vec::Vec < crate ::beta::DiscoveredSensitiveType
    >; with_current_label current_label : crate ::beta::CurrentLabel; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelCollectionEvaluateParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.favorite`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionFavoriteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionFavoriteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionFavoriteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.favorite(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.favorite(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionFavoriteParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionFavoriteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionFavoriteParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getPasswordSingleSignOnCredentials`.
/// - `id`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalGetPasswordSingleSignOnCredentialsParams {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default
for ServicePrincipalGetPasswordSingleSignOnCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ServicePrincipalGetPasswordSingleSignOnCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.getPasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ServicePrincipalGetPasswordSingleSignOnCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
    }
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
rt::impl_object!(ServicePrincipalGetPasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServicePrincipalGetPasswordSingleSignOnCredentialsParams { with_id id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalGetPasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.markRead`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionMarkReadParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionMarkReadParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionMarkReadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markRead(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.markRead(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionMarkReadParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionMarkReadParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionMarkReadParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.markUnread`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionMarkUnreadParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionMarkUnreadParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionMarkUnreadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markUnread(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.markUnread(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionMarkUnreadParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionMarkUnreadParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionMarkUnreadParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.parseExpression`.
/// - `expression`: `Edm.String`
/// - `testInputObject`: `microsoft.graph.expressionInputObject`
/// - `targetAttributeDefinition`: `microsoft.graph.attributeDefinition`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSchemaParseExpressionParams {
    /// CSDL: property `expression`: `Edm.String`, nullable.
    pub expression: rt::Field<::std::string::String>,
    /// CSDL: property `testInputObject`: `microsoft.graph.expressionInputObject`, nullable.
    pub test_input_object: rt::Field<crate::beta::ExpressionInputObject>,
    /// CSDL: property `targetAttributeDefinition`: `microsoft.graph.attributeDefinition`, nullable.
    pub target_attribute_definition: rt::Field<crate::beta::AttributeDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationSchemaParseExpressionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.parseExpression(microsoft.graph.synchronizationSchema)";
    const KEYS: &'static [&'static str] = &[
        "expression",
        "testInputObject",
        "targetAttributeDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expression\":                   ",
        ",\"testInputObject\":              ",
        ",\"targetAttributeDefinition\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.parseExpression(microsoft.graph.synchronizationSchema)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expression", &self.expression);
        v.field(1usize, "test_input_object", &self.test_input_object);
        v.field(
            2usize,
            "target_attribute_definition",
            &self.target_attribute_definition,
        );
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SynchronizationSchemaParseExpressionParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationSchemaParseExpressionParams { with_expression expression :
    ::std::string::String; with_test_input_object test_input_object : crate
    ::beta::ExpressionInputObject; with_target_attribute_definition
    target_attribute_definition : crate ::beta::AttributeDefinition; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchemaParseExpressionParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.provisionOnDemand`.
/// - `parameters`: `Collection(microsoft.graph.synchronizationJobApplicationParameters)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobProvisionOnDemandParams {
    /// CSDL: property `parameters`: `Collection(microsoft.graph.synchronizationJobApplicationParameters)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::beta::SynchronizationJobApplicationParameters>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationJobProvisionOnDemandParams {
    #[inline]
    fn default() -> Self {
        Self {
            parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobProvisionOnDemandParams {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionOnDemand(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &["parameters"];
    const KEYS_JSON: &'static [&'static str] = &[",\"parameters\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.provisionOnDemand(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "parameters", &self.parameters);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SynchronizationJobProvisionOnDemandParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobProvisionOnDemandParams { with_parameters parameters :
    ::std::vec::Vec < crate ::beta::SynchronizationJobApplicationParameters >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobProvisionOnDemandParams);
#[cfg(msgraph_beta_search)]
/// Parameters of the action `microsoft.graph.query`.
/// - `requests`: `Collection(microsoft.graph.searchRequest)`
/// - `queryAlterationOptions`: `microsoft.graph.searchAlterationOptions`
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchEntityQueryParams {
    /// CSDL: property `requests`: `Collection(microsoft.graph.searchRequest)`, not nullable.
    pub requests: rt::Field<::std::vec::Vec<crate::beta::SearchRequest>>,
    /// CSDL: property `queryAlterationOptions`: `microsoft.graph.searchAlterationOptions`, nullable.
    pub query_alteration_options: rt::Field<crate::beta::SearchAlterationOptions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchEntityQueryParams {
    #[inline]
    fn default() -> Self {
        Self {
            requests: rt::Field::Absent,
            query_alteration_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchEntityQueryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.query(microsoft.graph.searchEntity)";
    const KEYS: &'static [&'static str] = &["requests", "queryAlterationOptions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"requests\":                     ",
        ",\"queryAlterationOptions\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.query(microsoft.graph.searchEntity)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "requests", &self.requests);
        v.field(1usize, "query_alteration_options", &self.query_alteration_options);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchEntityQueryParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.requests.read_from(r),
            1usize => self.query_alteration_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.requests);
        w.field(1usize, &self.query_alteration_options);
    }
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
rt::impl_object!(SearchEntityQueryParams);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchEntityQueryParams { with_requests requests : ::std::vec::Vec < crate
    ::beta::SearchRequest >; with_query_alteration_options query_alteration_options :
    crate ::beta::SearchAlterationOptions; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchEntityQueryParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.restart`.
/// - `criteria`: `microsoft.graph.synchronizationJobRestartCriteria`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobRestartParams {
    /// CSDL: property `criteria`: `microsoft.graph.synchronizationJobRestartCriteria`, nullable.
    pub criteria: rt::Field<crate::beta::SynchronizationJobRestartCriteria>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SynchronizationJobRestartParams {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobRestartParams {
    const TYPE_NAME: &'static str = "microsoft.graph.restart(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &["criteria"];
    const KEYS_JSON: &'static [&'static str] = &[",\"criteria\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.restart(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SynchronizationJobRestartParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobRestartParams { with_criteria criteria : crate
    ::beta::SynchronizationJobRestartCriteria; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.share`.
/// - `notifyTeam`: `Edm.Boolean`
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `endDateTime`: `Edm.DateTimeOffset`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleShareParams {
    const TYPE_NAME: &'static str = "microsoft.graph.share(microsoft.graph.schedule)";
    const KEYS: &'static [&'static str] = &[
        "notifyTeam",
        "startDateTime",
        "endDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyTeam\":                   ",
        ",\"startDateTime\":                ",
        ",\"endDateTime\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.share(microsoft.graph.schedule)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notify_team", &self.notify_team);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ScheduleShareParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleShareParams { with_notify_team notify_team : bool; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleShareParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.unarchive`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionUnarchiveParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionUnarchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionUnarchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unarchive(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.unarchive(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionUnarchiveParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionUnarchiveParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionUnarchiveParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.unfavorite`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionUnfavoriteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionUnfavoriteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionUnfavoriteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unfavorite(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.unfavorite(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
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
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionUnfavoriteParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionUnfavoriteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionUnfavoriteParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.updatePasswordSingleSignOnCredentials`.
/// - `id`: `Edm.String`
/// - `credentials`: `Collection(microsoft.graph.credential)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.credential)`, not nullable.
    pub credentials: rt::Field<::std::vec::Vec<crate::beta::Credential>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default
for ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updatePasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["id", "credentials"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"credentials\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updatePasswordSingleSignOnCredentials(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members
for ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.credentials);
    }
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
rt::impl_object!(ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams { with_id id :
    ::std::string::String; with_credentials credentials : ::std::vec::Vec < crate
    ::beta::Credential >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.validateCredentials`.
/// - `applicationIdentifier`: `Edm.String`
/// - `templateId`: `Edm.String`
/// - `useSavedCredentials`: `Edm.Boolean`
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobValidateCredentialsParams {
    /// CSDL: property `applicationIdentifier`: `Edm.String`, nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `useSavedCredentials`: `Edm.Boolean`, nullable.
    pub use_saved_credentials: rt::Field<bool>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::beta::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobValidateCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateCredentials(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "templateId",
        "useSavedCredentials",
        "credentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":        ",
        ",\"templateId\":                   ",
        ",\"useSavedCredentials\":          ",
        ",\"credentials\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateCredentials(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_identifier", &self.application_identifier);
        v.field(1usize, "template_id", &self.template_id);
        v.field(2usize, "use_saved_credentials", &self.use_saved_credentials);
        v.field(3usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SynchronizationJobValidateCredentialsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobValidateCredentialsParams { with_application_identifier
    application_identifier : ::std::string::String; with_template_id template_id :
    ::std::string::String; with_use_saved_credentials use_saved_credentials : bool;
    with_credentials credentials : ::std::vec::Vec < crate
    ::beta::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobValidateCredentialsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.validateCredentials`.
/// - `applicationIdentifier`: `Edm.String`
/// - `templateId`: `Edm.String`
/// - `useSavedCredentials`: `Edm.Boolean`
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobCollectionValidateCredentialsParams {
    /// CSDL: property `applicationIdentifier`: `Edm.String`, nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `useSavedCredentials`: `Edm.Boolean`, nullable.
    pub use_saved_credentials: rt::Field<bool>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::beta::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for SynchronizationJobCollectionValidateCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateCredentials(Collection(microsoft.graph.synchronizationJob))";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "templateId",
        "useSavedCredentials",
        "credentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":        ",
        ",\"templateId\":                   ",
        ",\"useSavedCredentials\":          ",
        ",\"credentials\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateCredentials(Collection(microsoft.graph.synchronizationJob))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_identifier", &self.application_identifier);
        v.field(1usize, "template_id", &self.template_id);
        v.field(2usize, "use_saved_credentials", &self.use_saved_credentials);
        v.field(3usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SynchronizationJobCollectionValidateCredentialsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SynchronizationJobCollectionValidateCredentialsParams { with_application_identifier
    application_identifier : ::std::string::String; with_template_id template_id :
    ::std::string::String; with_use_saved_credentials use_saved_credentials : bool;
    with_credentials credentials : ::std::vec::Vec < crate
    ::beta::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobCollectionValidateCredentialsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamArchiveParams {
    /// CSDL: property `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`, nullable.
    pub should_set_spo_site_read_only_for_members: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            should_set_spo_site_read_only_for_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &["shouldSetSpoSiteReadOnlyForMembers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"shouldSetSpoSiteReadOnlyForMembers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.archive(microsoft.graph.team)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "should_set_spo_site_read_only_for_members",
            &self.should_set_spo_site_read_only_for_members,
        );
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TeamArchiveParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamArchiveParams { with_should_set_spo_site_read_only_for_members
    should_set_spo_site_read_only_for_members : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamArchiveParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.targetedManagedAppConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.targetedManagedAppConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppConfigurationAssignParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationAssignParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppProtectionAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtectionAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.targetedManagedAppProtection)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.targetedManagedAppProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppProtectionAssignParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtectionAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtectionAssignParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.clockIn`.
/// - `atApprovedLocation`: `Edm.Boolean`
/// - `onBehalfOfUserId`: `Edm.String`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardCollectionClockInParams {
    /// CSDL: property `atApprovedLocation`: `Edm.Boolean`, nullable.
    pub at_approved_location: rt::Field<bool>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.String`, nullable.
    pub on_behalf_of_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardCollectionClockInParams {
    #[inline]
    fn default() -> Self {
        Self {
            at_approved_location: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardCollectionClockInParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clockIn(Collection(microsoft.graph.timeCard))";
    const KEYS: &'static [&'static str] = &[
        "atApprovedLocation",
        "onBehalfOfUserId",
        "notes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"atApprovedLocation\":           ",
        ",\"onBehalfOfUserId\":             ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clockIn(Collection(microsoft.graph.timeCard))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "at_approved_location", &self.at_approved_location);
        v.field(1usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
        v.field(2usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardCollectionClockInParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.at_approved_location.read_from(r),
            1usize => self.on_behalf_of_user_id.read_from(r),
            2usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.at_approved_location);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TimeCardCollectionClockInParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardCollectionClockInParams { with_at_approved_location at_approved_location :
    bool; with_on_behalf_of_user_id on_behalf_of_user_id : ::std::string::String;
    with_notes notes : crate ::beta::ItemBody; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardCollectionClockInParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.clockOut`.
/// - `atApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardClockOutParams {
    /// CSDL: property `atApprovedLocation`: `Edm.Boolean`, nullable.
    pub at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardClockOutParams {
    #[inline]
    fn default() -> Self {
        Self {
            at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardClockOutParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clockOut(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["atApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"atApprovedLocation\":           ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clockOut(microsoft.graph.timeCard)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "at_approved_location", &self.at_approved_location);
        v.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardClockOutParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.at_approved_location);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TimeCardClockOutParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardClockOutParams { with_at_approved_location at_approved_location : bool;
    with_notes notes : crate ::beta::ItemBody; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardClockOutParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.clone`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `classification`: `Edm.String`
/// - `visibility`: `microsoft.graph.teamVisibilityType`
/// - `partsToClone`: `microsoft.graph.clonableTeamParts`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
    pub visibility: rt::Field<crate::beta::TeamVisibilityType>,
    /// CSDL: property `partsToClone`: `microsoft.graph.clonableTeamParts`, not nullable.
    pub parts_to_clone: rt::Field<rt::Flags<crate::beta::ClonableTeamParts>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"mailNickname\":                 ",
        ",\"classification\":               ",
        ",\"visibility\":                   ",
        ",\"partsToClone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clone(microsoft.graph.team)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "mail_nickname", &self.mail_nickname);
        v.field(3usize, "classification", &self.classification);
        v.field(4usize, "visibility", &self.visibility);
        v.field(5usize, "parts_to_clone", &self.parts_to_clone);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TeamCloneParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamCloneParams { with_display_name display_name : ::std::string::String;
    with_description description : ::std::string::String; with_mail_nickname
    mail_nickname : ::std::string::String; with_classification classification :
    ::std::string::String; with_visibility visibility : crate ::beta::TeamVisibilityType;
    with_parts_to_clone parts_to_clone : rt::Flags < crate ::beta::ClonableTeamParts >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamCloneParams);
#[cfg(msgraph_beta_search_or_security)]
/// Parameters of the action `microsoft.graph.deleteTiIndicators`.
/// - `value`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct TiIndicatorCollectionDeleteTiIndicatorsParams {
    /// CSDL: property `value`: `Collection(Edm.String)`, nullable.
    pub value: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for TiIndicatorCollectionDeleteTiIndicatorsParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for TiIndicatorCollectionDeleteTiIndicatorsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteTiIndicators(Collection(microsoft.graph.tiIndicator))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.deleteTiIndicators(Collection(microsoft.graph.tiIndicator))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for TiIndicatorCollectionDeleteTiIndicatorsParams {
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(TiIndicatorCollectionDeleteTiIndicatorsParams);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    TiIndicatorCollectionDeleteTiIndicatorsParams { with_value value : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TiIndicatorCollectionDeleteTiIndicatorsParams);
#[cfg(msgraph_beta_search_or_security)]
/// Parameters of the action `microsoft.graph.deleteTiIndicatorsByExternalId`.
/// - `value`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams {
    /// CSDL: property `value`: `Collection(Edm.String)`, nullable.
    pub value: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default
for TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteTiIndicatorsByExternalId(Collection(microsoft.graph.tiIndicator))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.deleteTiIndicatorsByExternalId(Collection(microsoft.graph.tiIndicator))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams {
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams { with_value value :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.endBreak`.
/// - `atApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardEndBreakParams {
    /// CSDL: property `atApprovedLocation`: `Edm.Boolean`, nullable.
    pub at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardEndBreakParams {
    #[inline]
    fn default() -> Self {
        Self {
            at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardEndBreakParams {
    const TYPE_NAME: &'static str = "microsoft.graph.endBreak(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["atApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"atApprovedLocation\":           ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endBreak(microsoft.graph.timeCard)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "at_approved_location", &self.at_approved_location);
        v.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardEndBreakParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.at_approved_location);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TimeCardEndBreakParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardEndBreakParams { with_at_approved_location at_approved_location : bool;
    with_notes notes : crate ::beta::ItemBody; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEndBreakParams);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Parameters of the action `microsoft.graph.generateKey`.
/// - `use`: `Edm.String`
/// - `kty`: `Edm.String`
/// - `nbf`: `Edm.Int64`
/// - `exp`: `Edm.Int64`
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkKeySetGenerateKeyParams {
    /// CSDL: property `use`: `Edm.String`, nullable.
    pub use_: rt::Field<::std::string::String>,
    /// CSDL: property `kty`: `Edm.String`, nullable.
    pub kty: rt::Field<::std::string::String>,
    /// CSDL: property `nbf`: `Edm.Int64`, nullable.
    pub nbf: rt::Field<i64>,
    /// CSDL: property `exp`: `Edm.Int64`, nullable.
    pub exp: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkKeySetGenerateKeyParams {
    #[inline]
    fn default() -> Self {
        Self {
            use_: rt::Field::Absent,
            kty: rt::Field::Absent,
            nbf: rt::Field::Absent,
            exp: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkKeySetGenerateKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.generateKey(microsoft.graph.trustFrameworkKeySet)";
    const KEYS: &'static [&'static str] = &["use", "kty", "nbf", "exp"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"use\":                          ",
        ",\"kty\":                          ",
        ",\"nbf\":                          ",
        ",\"exp\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.generateKey(microsoft.graph.trustFrameworkKeySet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_", &self.use_);
        v.field(1usize, "kty", &self.kty);
        v.field(2usize, "nbf", &self.nbf);
        v.field(3usize, "exp", &self.exp);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkKeySetGenerateKeyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.use_.read_from(r),
            1usize => self.kty.read_from(r),
            2usize => self.nbf.read_from(r),
            3usize => self.exp.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.use_);
        w.field(1usize, &self.kty);
        w.field(2usize, &self.nbf);
        w.field(3usize, &self.exp);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkKeySetGenerateKeyParams);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(
    TrustFrameworkKeySetGenerateKeyParams { with_use use_ : ::std::string::String;
    with_kty kty : ::std::string::String; with_nbf nbf : i64; with_exp exp : i64; }
);
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkKeySetGenerateKeyParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfigurationCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default
for TargetedManagedAppConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.targetedManagedAppConfiguration))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.targetedManagedAppConfiguration))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members
for TargetedManagedAppConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
    }
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
rt::impl_object!(TargetedManagedAppConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationCollectionHasPayloadLinksParams { with_payload_ids
    payload_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.sendActivityNotification`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `recipient`: `microsoft.graph.teamworkNotificationRecipient`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamSendActivityNotificationParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::beta::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `recipient`: `microsoft.graph.teamworkNotificationRecipient`, nullable.
    pub recipient: rt::Field<crate::beta::AnyTeamworkNotificationRecipient>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamSendActivityNotificationParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            recipient: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "templateParameters",
        "recipient",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":                        ",
        ",\"activityType\":                 ",
        ",\"chainId\":                      ",
        ",\"previewText\":                  ",
        ",\"templateParameters\":           ",
        ",\"recipient\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.team)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "topic", &self.topic);
        v.field(1usize, "activity_type", &self.activity_type);
        v.field(2usize, "chain_id", &self.chain_id);
        v.field(3usize, "preview_text", &self.preview_text);
        v.field(4usize, "template_parameters", &self.template_parameters);
        v.field(5usize, "recipient", &self.recipient);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamSendActivityNotificationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.template_parameters.read_from(r),
            5usize => self.recipient.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.template_parameters);
        w.field(5usize, &self.recipient);
    }
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
rt::impl_object!(TeamSendActivityNotificationParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamSendActivityNotificationParams { with_topic topic : crate
    ::beta::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::beta::ItemBody; with_template_parameters template_parameters :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_recipient recipient : crate
    ::beta::AnyTeamworkNotificationRecipient; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamSendActivityNotificationParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.startBreak`.
/// - `atApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardStartBreakParams {
    /// CSDL: property `atApprovedLocation`: `Edm.Boolean`, nullable.
    pub at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::beta::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeCardStartBreakParams {
    #[inline]
    fn default() -> Self {
        Self {
            at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeCardStartBreakParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startBreak(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["atApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"atApprovedLocation\":           ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.startBreak(microsoft.graph.timeCard)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "at_approved_location", &self.at_approved_location);
        v.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeCardStartBreakParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.at_approved_location);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TimeCardStartBreakParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeCardStartBreakParams { with_at_approved_location at_approved_location : bool;
    with_notes notes : crate ::beta::ItemBody; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardStartBreakParams);
#[cfg(msgraph_beta_search_or_security)]
/// Parameters of the action `microsoft.graph.submitTiIndicators`.
/// - `value`: `Collection(microsoft.graph.tiIndicator)`
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct TiIndicatorCollectionSubmitTiIndicatorsParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.tiIndicator)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::TiIndicator>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for TiIndicatorCollectionSubmitTiIndicatorsParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for TiIndicatorCollectionSubmitTiIndicatorsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.submitTiIndicators(Collection(microsoft.graph.tiIndicator))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.submitTiIndicators(Collection(microsoft.graph.tiIndicator))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for TiIndicatorCollectionSubmitTiIndicatorsParams {
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(TiIndicatorCollectionSubmitTiIndicatorsParams);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    TiIndicatorCollectionSubmitTiIndicatorsParams { with_value value : ::std::vec::Vec <
    crate ::beta::TiIndicator >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TiIndicatorCollectionSubmitTiIndicatorsParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfigurationTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfigurationTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.targetedManagedAppConfiguration)";
    const KEYS: &'static [&'static str] = &["apps"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.targetedManagedAppConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfigurationTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
    }
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
rt::impl_object!(TargetedManagedAppConfigurationTargetAppsParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationTargetAppsParams { with_apps apps : ::std::vec::Vec <
    crate ::beta::ManagedMobileApp >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationTargetAppsParams);
#[cfg(msgraph_beta_search_or_security)]
/// Parameters of the action `microsoft.graph.updateTiIndicators`.
/// - `value`: `Collection(microsoft.graph.tiIndicator)`
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct TiIndicatorCollectionUpdateTiIndicatorsParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.tiIndicator)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::TiIndicator>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for TiIndicatorCollectionUpdateTiIndicatorsParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for TiIndicatorCollectionUpdateTiIndicatorsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateTiIndicators(Collection(microsoft.graph.tiIndicator))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.updateTiIndicators(Collection(microsoft.graph.tiIndicator))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for TiIndicatorCollectionUpdateTiIndicatorsParams {
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(TiIndicatorCollectionUpdateTiIndicatorsParams);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    TiIndicatorCollectionUpdateTiIndicatorsParams { with_value value : ::std::vec::Vec <
    crate ::beta::TiIndicator >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TiIndicatorCollectionUpdateTiIndicatorsParams);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Parameters of the action `microsoft.graph.uploadCertificate`.
/// - `key`: `Edm.String`
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkKeySetUploadCertificateParams {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkKeySetUploadCertificateParams {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkKeySetUploadCertificateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadCertificate(microsoft.graph.trustFrameworkKeySet)";
    const KEYS: &'static [&'static str] = &["key"];
    const KEYS_JSON: &'static [&'static str] = &[",\"key\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.uploadCertificate(microsoft.graph.trustFrameworkKeySet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkKeySetUploadCertificateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkKeySetUploadCertificateParams);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(
    TrustFrameworkKeySetUploadCertificateParams { with_key key : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkKeySetUploadCertificateParams);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Parameters of the action `microsoft.graph.uploadPkcs12`.
/// - `key`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkKeySetUploadPkcs12Params {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkKeySetUploadPkcs12Params {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkKeySetUploadPkcs12Params {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadPkcs12(microsoft.graph.trustFrameworkKeySet)";
    const KEYS: &'static [&'static str] = &["key", "password"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadPkcs12(microsoft.graph.trustFrameworkKeySet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "password", &self.password);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkKeySetUploadPkcs12Params {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkKeySetUploadPkcs12Params);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(
    TrustFrameworkKeySetUploadPkcs12Params { with_key key : ::std::string::String;
    with_password password : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkKeySetUploadPkcs12Params);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Parameters of the action `microsoft.graph.uploadSecret`.
/// - `use`: `Edm.String`
/// - `k`: `Edm.String`
/// - `nbf`: `Edm.Int64`
/// - `exp`: `Edm.Int64`
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkKeySetUploadSecretParams {
    /// CSDL: property `use`: `Edm.String`, nullable.
    pub use_: rt::Field<::std::string::String>,
    /// CSDL: property `k`: `Edm.String`, nullable.
    pub k: rt::Field<::std::string::String>,
    /// CSDL: property `nbf`: `Edm.Int64`, nullable.
    pub nbf: rt::Field<i64>,
    /// CSDL: property `exp`: `Edm.Int64`, nullable.
    pub exp: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkKeySetUploadSecretParams {
    #[inline]
    fn default() -> Self {
        Self {
            use_: rt::Field::Absent,
            k: rt::Field::Absent,
            nbf: rt::Field::Absent,
            exp: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkKeySetUploadSecretParams {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadSecret(microsoft.graph.trustFrameworkKeySet)";
    const KEYS: &'static [&'static str] = &["use", "k", "nbf", "exp"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"use\":                          ",
        ",\"k\":                            ",
        ",\"nbf\":                          ",
        ",\"exp\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadSecret(microsoft.graph.trustFrameworkKeySet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_", &self.use_);
        v.field(1usize, "k", &self.k);
        v.field(2usize, "nbf", &self.nbf);
        v.field(3usize, "exp", &self.exp);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkKeySetUploadSecretParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.use_.read_from(r),
            1usize => self.k.read_from(r),
            2usize => self.nbf.read_from(r),
            3usize => self.exp.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.use_);
        w.field(1usize, &self.k);
        w.field(2usize, &self.nbf);
        w.field(3usize, &self.exp);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkKeySetUploadSecretParams);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(
    TrustFrameworkKeySetUploadSecretParams { with_use use_ : ::std::string::String;
    with_k k : ::std::string::String; with_nbf nbf : i64; with_exp exp : i64; }
);
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkKeySetUploadSecretParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.activateServicePlan`.
/// - `servicePlanId`: `Edm.Guid`
/// - `skuId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserActivateServicePlanParams {
    /// CSDL: property `servicePlanId`: `Edm.Guid`, not nullable.
    pub service_plan_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuId`: `Edm.Guid`, not nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserActivateServicePlanParams {
    #[inline]
    fn default() -> Self {
        Self {
            service_plan_id: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserActivateServicePlanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.activateServicePlan(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["servicePlanId", "skuId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"servicePlanId\":                ",
        ",\"skuId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activateServicePlan(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service_plan_id", &self.service_plan_id);
        v.field(1usize, "sku_id", &self.sku_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserActivateServicePlanParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_plan_id.read_from(r),
            1usize => self.sku_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_plan_id);
        w.field(1usize, &self.sku_id);
    }
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
rt::impl_object!(UserActivateServicePlanParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserActivateServicePlanParams { with_service_plan_id service_plan_id : rt::edm::Guid;
    with_sku_id sku_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActivateServicePlanParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.assignLicense`.
/// - `addLicenses`: `Collection(microsoft.graph.assignedLicense)`
/// - `removeLicenses`: `Collection(Edm.Guid)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserAssignLicenseParams {
    /// CSDL: property `addLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub add_licenses: rt::Field<::std::vec::Vec<crate::beta::AssignedLicense>>,
    /// CSDL: property `removeLicenses`: `Collection(Edm.Guid)`, not nullable.
    pub remove_licenses: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for UserAssignLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignLicense(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["addLicenses", "removeLicenses"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addLicenses\":                  ",
        ",\"removeLicenses\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignLicense(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "add_licenses", &self.add_licenses);
        v.field(1usize, "remove_licenses", &self.remove_licenses);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserAssignLicenseParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserAssignLicenseParams { with_add_licenses add_licenses : ::std::vec::Vec < crate
    ::beta::AssignedLicense >; with_remove_licenses remove_licenses : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAssignLicenseParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.changePassword`.
/// - `currentPassword`: `Edm.String`
/// - `newPassword`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserChangePasswordParams {
    /// CSDL: property `currentPassword`: `Edm.String`, nullable.
    pub current_password: rt::Field<::std::string::String>,
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for UserChangePasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.changePassword(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["currentPassword", "newPassword"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentPassword\":              ",
        ",\"newPassword\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changePassword(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_password", &self.current_password);
        v.field(1usize, "new_password", &self.new_password);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserChangePasswordParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserChangePasswordParams { with_current_password current_password :
    ::std::string::String; with_new_password new_password : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserChangePasswordParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.exportPersonalData`.
/// - `storageLocation`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserExportPersonalDataParams {
    /// CSDL: property `storageLocation`: `Edm.String`, nullable.
    pub storage_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserExportPersonalDataParams {
    #[inline]
    fn default() -> Self {
        Self {
            storage_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserExportPersonalDataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exportPersonalData(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["storageLocation"];
    const KEYS_JSON: &'static [&'static str] = &[",\"storageLocation\":              "];
    const TAG: &'static str = "\"#microsoft.graph.exportPersonalData(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "storage_location", &self.storage_location);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserExportPersonalDataParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserExportPersonalDataParams { with_storage_location storage_location :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExportPersonalDataParams);
#[cfg(msgraph_beta_core)]
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
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserFindMeetingTimesParams {
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeBase)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::beta::AnyAttendeeBase>>,
    /// CSDL: property `locationConstraint`: `microsoft.graph.locationConstraint`, nullable.
    pub location_constraint: rt::Field<crate::beta::LocationConstraint>,
    /// CSDL: property `timeConstraint`: `microsoft.graph.timeConstraint`, nullable.
    pub time_constraint: rt::Field<crate::beta::TimeConstraint>,
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
        ",\"attendees\":                    ",
        ",\"locationConstraint\":           ",
        ",\"timeConstraint\":               ",
        ",\"meetingDuration\":              ",
        ",\"maxCandidates\":                ",
        ",\"isOrganizerOptional\":          ",
        ",\"returnSuggestionReasons\":      ",
        ",\"minimumAttendeePercentage\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.findMeetingTimes(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendees", &self.attendees);
        v.field(1usize, "location_constraint", &self.location_constraint);
        v.field(2usize, "time_constraint", &self.time_constraint);
        v.field(3usize, "meeting_duration", &self.meeting_duration);
        v.field(4usize, "max_candidates", &self.max_candidates);
        v.field(5usize, "is_organizer_optional", &self.is_organizer_optional);
        v.field(6usize, "return_suggestion_reasons", &self.return_suggestion_reasons);
        v.field(
            7usize,
            "minimum_attendee_percentage",
            &self.minimum_attendee_percentage,
        );
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserFindMeetingTimesParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserFindMeetingTimesParams { with_attendees attendees : ::std::vec::Vec < crate
    ::beta::AnyAttendeeBase >; with_location_constraint location_constraint : crate
    ::beta::LocationConstraint; with_time_constraint time_constraint : crate
    ::beta::TimeConstraint; with_meeting_duration meeting_duration : rt::edm::Duration;
    with_max_candidates max_candidates : i32; with_is_organizer_optional
    is_organizer_optional : bool; with_return_suggestion_reasons
    return_suggestion_reasons : bool; with_minimum_attendee_percentage
    minimum_attendee_percentage : f64; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFindMeetingTimesParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getMailTips`.
/// - `EmailAddresses`: `Collection(Edm.String)`
/// - `MailTipsOptions`: `microsoft.graph.mailTipsType`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserGetMailTipsParams {
    /// CSDL: property `EmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `MailTipsOptions`: `microsoft.graph.mailTipsType`, nullable.
    pub mail_tips_options: rt::Field<rt::Flags<crate::beta::MailTipsType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for UserGetMailTipsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMailTips(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["EmailAddresses", "MailTipsOptions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"EmailAddresses\":               ",
        ",\"MailTipsOptions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getMailTips(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_addresses", &self.email_addresses);
        v.field(1usize, "mail_tips_options", &self.mail_tips_options);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserGetMailTipsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserGetMailTipsParams { with_email_addresses email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_mail_tips_options mail_tips_options : rt::Flags < crate
    ::beta::MailTipsType >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserGetMailTipsParams);
#[cfg(msgraph_beta_role_management_or_search)]
/// Parameters of the action `microsoft.graph.importResourceActions`.
/// - `format`: `Edm.String`
/// - `value`: `Edm.String`
/// - `overwriteResourceNamespace`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRbacResourceNamespaceImportResourceActionsParams {
    /// CSDL: property `format`: `Edm.String`, not nullable.
    pub format: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// CSDL: property `overwriteResourceNamespace`: `Edm.Boolean`, not nullable.
    pub overwrite_resource_namespace: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default
for UnifiedRbacResourceNamespaceImportResourceActionsParams {
    #[inline]
    fn default() -> Self {
        Self {
            format: rt::Field::Absent,
            value: rt::Field::Absent,
            overwrite_resource_namespace: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRbacResourceNamespaceImportResourceActionsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.importResourceActions(microsoft.graph.unifiedRbacResourceNamespace)";
    const KEYS: &'static [&'static str] = &[
        "format",
        "value",
        "overwriteResourceNamespace",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"format\":                       ",
        ",\"value\":                        ",
        ",\"overwriteResourceNamespace\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importResourceActions(microsoft.graph.unifiedRbacResourceNamespace)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "format", &self.format);
        v.field(1usize, "value", &self.value);
        v.field(
            2usize,
            "overwrite_resource_namespace",
            &self.overwrite_resource_namespace,
        );
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRbacResourceNamespaceImportResourceActionsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.format.read_from(r),
            1usize => self.value.read_from(r),
            2usize => self.overwrite_resource_namespace.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.format);
        w.field(1usize, &self.value);
        w.field(2usize, &self.overwrite_resource_namespace);
    }
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
rt::impl_object!(UnifiedRbacResourceNamespaceImportResourceActionsParams);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRbacResourceNamespaceImportResourceActionsParams { with_format format :
    ::std::string::String; with_value value : ::std::string::String;
    with_overwrite_resource_namespace overwrite_resource_namespace : bool; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRbacResourceNamespaceImportResourceActionsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.sendActivityNotification`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTeamworkSendActivityNotificationParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::beta::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserTeamworkSendActivityNotificationParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserTeamworkSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.userTeamwork)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "templateParameters",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":                        ",
        ",\"activityType\":                 ",
        ",\"chainId\":                      ",
        ",\"previewText\":                  ",
        ",\"templateParameters\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.userTeamwork)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "topic", &self.topic);
        v.field(1usize, "activity_type", &self.activity_type);
        v.field(2usize, "chain_id", &self.chain_id);
        v.field(3usize, "preview_text", &self.preview_text);
        v.field(4usize, "template_parameters", &self.template_parameters);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserTeamworkSendActivityNotificationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.template_parameters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.template_parameters);
    }
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
rt::impl_object!(UserTeamworkSendActivityNotificationParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserTeamworkSendActivityNotificationParams { with_topic topic : crate
    ::beta::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::beta::ItemBody; with_template_parameters template_parameters :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamworkSendActivityNotificationParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.sendMail`.
/// - `Message`: `microsoft.graph.message`
/// - `SaveToSentItems`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserSendMailParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, not nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `SaveToSentItems`: `Edm.Boolean`, nullable.
    pub save_to_sent_items: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for UserSendMailParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendMail(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["Message", "SaveToSentItems"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":                      ",
        ",\"SaveToSentItems\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendMail(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "save_to_sent_items", &self.save_to_sent_items);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserSendMailParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserSendMailParams { with_message message : crate ::beta::AnyMessage;
    with_save_to_sent_items save_to_sent_items : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSendMailParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.translateExchangeIds`.
/// - `InputIds`: `Collection(Edm.String)`
/// - `TargetIdType`: `microsoft.graph.exchangeIdFormat`
/// - `SourceIdType`: `microsoft.graph.exchangeIdFormat`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTranslateExchangeIdsParams {
    /// CSDL: property `InputIds`: `Collection(Edm.String)`, not nullable.
    pub input_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `TargetIdType`: `microsoft.graph.exchangeIdFormat`, not nullable.
    pub target_id_type: rt::Field<crate::beta::ExchangeIdFormat>,
    /// CSDL: property `SourceIdType`: `microsoft.graph.exchangeIdFormat`, not nullable.
    pub source_id_type: rt::Field<crate::beta::ExchangeIdFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
impl rt::Object for UserTranslateExchangeIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.translateExchangeIds(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["InputIds", "TargetIdType", "SourceIdType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"InputIds\":                     ",
        ",\"TargetIdType\":                 ",
        ",\"SourceIdType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.translateExchangeIds(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "input_ids", &self.input_ids);
        v.field(1usize, "target_id_type", &self.target_id_type);
        v.field(2usize, "source_id_type", &self.source_id_type);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserTranslateExchangeIdsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserTranslateExchangeIdsParams { with_input_ids input_ids : ::std::vec::Vec <
    ::std::string::String >; with_target_id_type target_id_type : crate
    ::beta::ExchangeIdFormat; with_source_id_type source_id_type : crate
    ::beta::ExchangeIdFormat; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTranslateExchangeIdsParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.addMembers`.
/// - `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetAddMembersParams {
    /// CSDL: property `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub assets: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetAddMembersParams {
    #[inline]
    fn default() -> Self {
        Self {
            assets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetAddMembersParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.addMembers(microsoft.graph.windowsUpdates.updatableAsset)";
    const KEYS: &'static [&'static str] = &["assets"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assets\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.addMembers(microsoft.graph.windowsUpdates.updatableAsset)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assets", &self.assets);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetAddMembersParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetAddMembersParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetAddMembersParams { with_assets assets : ::std::vec::Vec < crate
    ::beta::windows_updates::AnyUpdatableAsset >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetAddMembersParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.addMembersById`.
/// - `ids`: `Collection(Edm.String)`
/// - `memberEntityType`: `Edm.String`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetAddMembersByIdParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `memberEntityType`: `Edm.String`, nullable.
    pub member_entity_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetAddMembersByIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            member_entity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetAddMembersByIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.addMembersById(microsoft.graph.windowsUpdates.updatableAsset)";
    const KEYS: &'static [&'static str] = &["ids", "memberEntityType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ids\":                          ",
        ",\"memberEntityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.addMembersById(microsoft.graph.windowsUpdates.updatableAsset)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
        v.field(1usize, "member_entity_type", &self.member_entity_type);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetAddMembersByIdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            1usize => self.member_entity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
        w.field(1usize, &self.member_entity_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetAddMembersByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetAddMembersByIdParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; with_member_entity_type member_entity_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetAddMembersByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.enrollAssets`.
/// - `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`
/// - `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetCollectionEnrollAssetsParams {
    /// CSDL: property `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`, not nullable.
    pub update_category: rt::Field<crate::beta::windows_updates::UpdateCategory>,
    /// CSDL: property `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub assets: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetCollectionEnrollAssetsParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_category: rt::Field::Absent,
            assets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetCollectionEnrollAssetsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.enrollAssets(Collection(microsoft.graph.windowsUpdates.updatableAsset))";
    const KEYS: &'static [&'static str] = &["updateCategory", "assets"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateCategory\":               ",
        ",\"assets\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.enrollAssets(Collection(microsoft.graph.windowsUpdates.updatableAsset))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "update_category", &self.update_category);
        v.field(1usize, "assets", &self.assets);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetCollectionEnrollAssetsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_category.read_from(r),
            1usize => self.assets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_category);
        w.field(1usize, &self.assets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetCollectionEnrollAssetsParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetCollectionEnrollAssetsParams { with_update_category update_category :
    crate ::beta::windows_updates::UpdateCategory; with_assets assets : ::std::vec::Vec <
    crate ::beta::windows_updates::AnyUpdatableAsset >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetCollectionEnrollAssetsParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.enrollAssetsById`.
/// - `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`
/// - `memberEntityType`: `Edm.String`
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetCollectionEnrollAssetsByIdParams {
    /// CSDL: property `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`, not nullable.
    pub update_category: rt::Field<crate::beta::windows_updates::UpdateCategory>,
    /// CSDL: property `memberEntityType`: `Edm.String`, nullable.
    pub member_entity_type: rt::Field<::std::string::String>,
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetCollectionEnrollAssetsByIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_category: rt::Field::Absent,
            member_entity_type: rt::Field::Absent,
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetCollectionEnrollAssetsByIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.enrollAssetsById(Collection(microsoft.graph.windowsUpdates.updatableAsset))";
    const KEYS: &'static [&'static str] = &["updateCategory", "memberEntityType", "ids"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateCategory\":               ",
        ",\"memberEntityType\":             ",
        ",\"ids\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.enrollAssetsById(Collection(microsoft.graph.windowsUpdates.updatableAsset))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "update_category", &self.update_category);
        v.field(1usize, "member_entity_type", &self.member_entity_type);
        v.field(2usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetCollectionEnrollAssetsByIdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_category.read_from(r),
            1usize => self.member_entity_type.read_from(r),
            2usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_category);
        w.field(1usize, &self.member_entity_type);
        w.field(2usize, &self.ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetCollectionEnrollAssetsByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetCollectionEnrollAssetsByIdParams { with_update_category update_category
    : crate ::beta::windows_updates::UpdateCategory; with_member_entity_type
    member_entity_type : ::std::string::String; with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetCollectionEnrollAssetsByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.removeMembers`.
/// - `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetRemoveMembersParams {
    /// CSDL: property `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub assets: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetRemoveMembersParams {
    #[inline]
    fn default() -> Self {
        Self {
            assets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetRemoveMembersParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.removeMembers(microsoft.graph.windowsUpdates.updatableAsset)";
    const KEYS: &'static [&'static str] = &["assets"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assets\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.removeMembers(microsoft.graph.windowsUpdates.updatableAsset)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assets", &self.assets);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetRemoveMembersParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetRemoveMembersParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetRemoveMembersParams { with_assets assets : ::std::vec::Vec < crate
    ::beta::windows_updates::AnyUpdatableAsset >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetRemoveMembersParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.removeMembersById`.
/// - `ids`: `Collection(Edm.String)`
/// - `memberEntityType`: `Edm.String`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetRemoveMembersByIdParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `memberEntityType`: `Edm.String`, nullable.
    pub member_entity_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetRemoveMembersByIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            member_entity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetRemoveMembersByIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.removeMembersById(microsoft.graph.windowsUpdates.updatableAsset)";
    const KEYS: &'static [&'static str] = &["ids", "memberEntityType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ids\":                          ",
        ",\"memberEntityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.removeMembersById(microsoft.graph.windowsUpdates.updatableAsset)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
        v.field(1usize, "member_entity_type", &self.member_entity_type);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetRemoveMembersByIdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            1usize => self.member_entity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
        w.field(1usize, &self.member_entity_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetRemoveMembersByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetRemoveMembersByIdParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; with_member_entity_type member_entity_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetRemoveMembersByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.unenrollAssets`.
/// - `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`
/// - `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetCollectionUnenrollAssetsParams {
    /// CSDL: property `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`, not nullable.
    pub update_category: rt::Field<crate::beta::windows_updates::UpdateCategory>,
    /// CSDL: property `assets`: `Collection(microsoft.graph.windowsUpdates.updatableAsset)`, nullable.
    pub assets: rt::Field<
        ::std::vec::Vec<crate::beta::windows_updates::AnyUpdatableAsset>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetCollectionUnenrollAssetsParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_category: rt::Field::Absent,
            assets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetCollectionUnenrollAssetsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.unenrollAssets(Collection(microsoft.graph.windowsUpdates.updatableAsset))";
    const KEYS: &'static [&'static str] = &["updateCategory", "assets"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateCategory\":               ",
        ",\"assets\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.unenrollAssets(Collection(microsoft.graph.windowsUpdates.updatableAsset))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "update_category", &self.update_category);
        v.field(1usize, "assets", &self.assets);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetCollectionUnenrollAssetsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_category.read_from(r),
            1usize => self.assets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_category);
        w.field(1usize, &self.assets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetCollectionUnenrollAssetsParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetCollectionUnenrollAssetsParams { with_update_category update_category :
    crate ::beta::windows_updates::UpdateCategory; with_assets assets : ::std::vec::Vec <
    crate ::beta::windows_updates::AnyUpdatableAsset >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetCollectionUnenrollAssetsParams);
#[cfg(msgraph_beta_admin_or_search)]
/// Parameters of the action `microsoft.graph.windowsUpdates.unenrollAssetsById`.
/// - `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`
/// - `memberEntityType`: `Edm.String`
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct UpdatableAssetCollectionUnenrollAssetsByIdParams {
    /// CSDL: property `updateCategory`: `microsoft.graph.windowsUpdates.updateCategory`, not nullable.
    pub update_category: rt::Field<crate::beta::windows_updates::UpdateCategory>,
    /// CSDL: property `memberEntityType`: `Edm.String`, nullable.
    pub member_entity_type: rt::Field<::std::string::String>,
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for UpdatableAssetCollectionUnenrollAssetsByIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_category: rt::Field::Absent,
            member_entity_type: rt::Field::Absent,
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for UpdatableAssetCollectionUnenrollAssetsByIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdates.unenrollAssetsById(Collection(microsoft.graph.windowsUpdates.updatableAsset))";
    const KEYS: &'static [&'static str] = &["updateCategory", "memberEntityType", "ids"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateCategory\":               ",
        ",\"memberEntityType\":             ",
        ",\"ids\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdates.unenrollAssetsById(Collection(microsoft.graph.windowsUpdates.updatableAsset))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "update_category", &self.update_category);
        v.field(1usize, "member_entity_type", &self.member_entity_type);
        v.field(2usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for UpdatableAssetCollectionUnenrollAssetsByIdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_category.read_from(r),
            1usize => self.member_entity_type.read_from(r),
            2usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_category);
        w.field(1usize, &self.member_entity_type);
        w.field(2usize, &self.ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(UpdatableAssetCollectionUnenrollAssetsByIdParams);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    UpdatableAssetCollectionUnenrollAssetsByIdParams { with_update_category
    update_category : crate ::beta::windows_updates::UpdateCategory;
    with_member_entity_type member_entity_type : ::std::string::String; with_ids ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdatableAssetCollectionUnenrollAssetsByIdParams);
#[cfg(msgraph_beta_core)]
/// Issues a wipe operation on an app registration with specified device tag.
///
/// Parameters of the action `microsoft.graph.wipeManagedAppRegistrationByDeviceTag`.
/// - `deviceTag`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserWipeManagedAppRegistrationByDeviceTagParams {
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserWipeManagedAppRegistrationByDeviceTagParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserWipeManagedAppRegistrationByDeviceTagParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipeManagedAppRegistrationByDeviceTag(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["deviceTag"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceTag\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.wipeManagedAppRegistrationByDeviceTag(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_tag", &self.device_tag);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserWipeManagedAppRegistrationByDeviceTagParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserWipeManagedAppRegistrationByDeviceTagParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserWipeManagedAppRegistrationByDeviceTagParams { with_device_tag device_tag :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserWipeManagedAppRegistrationByDeviceTagParams);
#[cfg(msgraph_beta_core)]
/// Issues a wipe operation on an app registration with specified device tag.
///
/// Parameters of the action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
/// - `deviceTag`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserWipeManagedAppRegistrationsByDeviceTagParams {
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserWipeManagedAppRegistrationsByDeviceTagParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserWipeManagedAppRegistrationsByDeviceTagParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipeManagedAppRegistrationsByDeviceTag(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["deviceTag"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceTag\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.wipeManagedAppRegistrationsByDeviceTag(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_tag", &self.device_tag);
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UserWipeManagedAppRegistrationsByDeviceTagParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserWipeManagedAppRegistrationsByDeviceTagParams { with_device_tag device_tag :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserWipeManagedAppRegistrationsByDeviceTagParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Revoke licenses associated with a specific appleVolumePurchaseProgramToken
///
/// Parameters of the action `microsoft.graph.revokeLicenses`.
/// - `notifyManagedDevices`: `Edm.Boolean`
/// - `revokeUntrackedLicenses`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VppTokenRevokeLicensesParams {
    /// CSDL: property `notifyManagedDevices`: `Edm.Boolean`, not nullable.
    pub notify_managed_devices: rt::Field<bool>,
    /// CSDL: property `revokeUntrackedLicenses`: `Edm.Boolean`, nullable.
    pub revoke_untracked_licenses: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VppTokenRevokeLicensesParams {
    #[inline]
    fn default() -> Self {
        Self {
            notify_managed_devices: rt::Field::Absent,
            revoke_untracked_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VppTokenRevokeLicensesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.revokeLicenses(microsoft.graph.vppToken)";
    const KEYS: &'static [&'static str] = &[
        "notifyManagedDevices",
        "revokeUntrackedLicenses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyManagedDevices\":         ",
        ",\"revokeUntrackedLicenses\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.revokeLicenses(microsoft.graph.vppToken)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notify_managed_devices", &self.notify_managed_devices);
        v.field(1usize, "revoke_untracked_licenses", &self.revoke_untracked_licenses);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VppTokenRevokeLicensesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_managed_devices.read_from(r),
            1usize => self.revoke_untracked_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_managed_devices);
        w.field(1usize, &self.revoke_untracked_licenses);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(VppTokenRevokeLicensesParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VppTokenRevokeLicensesParams { with_notify_managed_devices notify_managed_devices :
    bool; with_revoke_untracked_licenses revoke_untracked_licenses : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenRevokeLicensesParams);
