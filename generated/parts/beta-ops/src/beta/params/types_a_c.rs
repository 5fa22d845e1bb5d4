//! Items of `params` by the first letters of their types' names (`a_c`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.addKey`.
/// - `keyCredential`: `microsoft.graph.keyCredential`
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
/// - `proof`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationAddKeyParams {
    /// CSDL: property `keyCredential`: `microsoft.graph.keyCredential`, not nullable.
    pub key_credential: rt::Field<crate::beta::KeyCredential>,
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::beta::PasswordCredential>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ApplicationAddKeyParams {
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
#[cfg(msgraph_beta_core)]
impl rt::Object for ApplicationAddKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addKey(microsoft.graph.application)";
    const KEYS: &'static [&'static str] = &[
        "keyCredential",
        "passwordCredential",
        "proof",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredential\":                ",
        ",\"passwordCredential\":           ",
        ",\"proof\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addKey(microsoft.graph.application)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_credential", &self.key_credential);
        v.field(1usize, "password_credential", &self.password_credential);
        v.field(2usize, "proof", &self.proof);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ApplicationAddKeyParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ApplicationAddKeyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ApplicationAddKeyParams { with_key_credential key_credential : crate
    ::beta::KeyCredential; with_password_credential password_credential : crate
    ::beta::PasswordCredential; with_proof proof : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationAddKeyParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.addPassword`.
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationAddPasswordParams {
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::beta::PasswordCredential>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ApplicationAddPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            password_credential: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ApplicationAddPasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addPassword(microsoft.graph.application)";
    const KEYS: &'static [&'static str] = &["passwordCredential"];
    const KEYS_JSON: &'static [&'static str] = &[",\"passwordCredential\":           "];
    const TAG: &'static str = "\"#microsoft.graph.addPassword(microsoft.graph.application)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password_credential", &self.password_credential);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ApplicationAddPasswordParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ApplicationAddPasswordParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ApplicationAddPasswordParams { with_password_credential password_credential : crate
    ::beta::PasswordCredential; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationAddPasswordParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.approveApps`.
/// - `packageIds`: `Collection(Edm.String)`
/// - `approveAllPermissions`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams {
    /// CSDL: property `packageIds`: `Collection(Edm.String)`, nullable.
    pub package_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `approveAllPermissions`: `Edm.Boolean`, not nullable.
    pub approve_all_permissions: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            package_ids: rt::Field::Absent,
            approve_all_permissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.approveApps(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)";
    const KEYS: &'static [&'static str] = &["packageIds", "approveAllPermissions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"packageIds\":                   ",
        ",\"approveAllPermissions\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approveApps(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "package_ids", &self.package_ids);
        v.field(1usize, "approve_all_permissions", &self.approve_all_permissions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.package_ids.read_from(r),
            1usize => self.approve_all_permissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.package_ids);
        w.field(1usize, &self.approve_all_permissions);
    }
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
rt::impl_object!(AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams { with_package_ids
    package_ids : ::std::vec::Vec < ::std::string::String >; with_approve_all_permissions
    approve_all_permissions : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountEnterpriseSettingsApproveAppsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.batchRecordDecisions`.
/// - `decision`: `Edm.String`
/// - `justification`: `Edm.String`
/// - `principalId`: `Edm.String`
/// - `resourceId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstanceBatchRecordDecisionsParams {
    /// CSDL: property `decision`: `Edm.String`, nullable.
    pub decision: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstanceBatchRecordDecisionsParams {
    #[inline]
    fn default() -> Self {
        Self {
            decision: rt::Field::Absent,
            justification: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstanceBatchRecordDecisionsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.batchRecordDecisions(microsoft.graph.accessReviewInstance)";
    const KEYS: &'static [&'static str] = &[
        "decision",
        "justification",
        "principalId",
        "resourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decision\":                     ",
        ",\"justification\":                ",
        ",\"principalId\":                  ",
        ",\"resourceId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.batchRecordDecisions(microsoft.graph.accessReviewInstance)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decision", &self.decision);
        v.field(1usize, "justification", &self.justification);
        v.field(2usize, "principal_id", &self.principal_id);
        v.field(3usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstanceBatchRecordDecisionsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decision.read_from(r),
            1usize => self.justification.read_from(r),
            2usize => self.principal_id.read_from(r),
            3usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decision);
        w.field(1usize, &self.justification);
        w.field(2usize, &self.principal_id);
        w.field(3usize, &self.resource_id);
    }
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
rt::impl_object!(AccessReviewInstanceBatchRecordDecisionsParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInstanceBatchRecordDecisionsParams { with_decision decision :
    ::std::string::String; with_justification justification : ::std::string::String;
    with_principal_id principal_id : ::std::string::String; with_resource_id resource_id
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceBatchRecordDecisionsParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.completeSignup`.
/// - `enterpriseToken`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkSettingsCompleteSignupParams {
    /// CSDL: property `enterpriseToken`: `Edm.String`, nullable.
    pub enterprise_token: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkSettingsCompleteSignupParams {
    #[inline]
    fn default() -> Self {
        Self {
            enterprise_token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkSettingsCompleteSignupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.completeSignup(microsoft.graph.androidForWorkSettings)";
    const KEYS: &'static [&'static str] = &["enterpriseToken"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enterpriseToken\":              "];
    const TAG: &'static str = "\"#microsoft.graph.completeSignup(microsoft.graph.androidForWorkSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enterprise_token", &self.enterprise_token);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkSettingsCompleteSignupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enterprise_token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enterprise_token);
    }
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
rt::impl_object!(AndroidForWorkSettingsCompleteSignupParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkSettingsCompleteSignupParams { with_enterprise_token enterprise_token :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkSettingsCompleteSignupParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.completeSignup`.
/// - `enterpriseToken`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams {
    /// CSDL: property `enterpriseToken`: `Edm.String`, nullable.
    pub enterprise_token: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams {
    #[inline]
    fn default() -> Self {
        Self {
            enterprise_token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.completeSignup(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)";
    const KEYS: &'static [&'static str] = &["enterpriseToken"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enterpriseToken\":              "];
    const TAG: &'static str = "\"#microsoft.graph.completeSignup(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enterprise_token", &self.enterprise_token);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enterprise_token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enterprise_token);
    }
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
rt::impl_object!(AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams {
    with_enterprise_token enterprise_token : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountEnterpriseSettingsCompleteSignupParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Generates a web token that is used in an embeddable component.
///
/// Parameters of the action `microsoft.graph.createGooglePlayWebToken`.
/// - `parentUri`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams {
    /// CSDL: property `parentUri`: `Edm.String`, nullable.
    pub parent_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            parent_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createGooglePlayWebToken(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)";
    const KEYS: &'static [&'static str] = &["parentUri"];
    const KEYS_JSON: &'static [&'static str] = &[",\"parentUri\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.createGooglePlayWebToken(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "parent_uri", &self.parent_uri);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.parent_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.parent_uri);
    }
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
rt::impl_object!(
    AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams {
    with_parent_uri parent_uri : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    AndroidManagedStoreAccountEnterpriseSettingsCreateGooglePlayWebTokenParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createToken`.
/// - `tokenValidityInSeconds`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerEnrollmentProfileCreateTokenParams {
    /// CSDL: property `tokenValidityInSeconds`: `Edm.Int32`, not nullable.
    pub token_validity_in_seconds: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerEnrollmentProfileCreateTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            token_validity_in_seconds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerEnrollmentProfileCreateTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createToken(microsoft.graph.androidDeviceOwnerEnrollmentProfile)";
    const KEYS: &'static [&'static str] = &["tokenValidityInSeconds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"tokenValidityInSeconds\":       "];
    const TAG: &'static str = "\"#microsoft.graph.createToken(microsoft.graph.androidDeviceOwnerEnrollmentProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "token_validity_in_seconds", &self.token_validity_in_seconds);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerEnrollmentProfileCreateTokenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.token_validity_in_seconds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.token_validity_in_seconds);
    }
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
rt::impl_object!(AndroidDeviceOwnerEnrollmentProfileCreateTokenParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerEnrollmentProfileCreateTokenParams { with_token_validity_in_seconds
    token_validity_in_seconds : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerEnrollmentProfileCreateTokenParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createToken`.
/// - `tokenValidityInSeconds`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkEnrollmentProfileCreateTokenParams {
    /// CSDL: property `tokenValidityInSeconds`: `Edm.Int32`, not nullable.
    pub token_validity_in_seconds: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkEnrollmentProfileCreateTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            token_validity_in_seconds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkEnrollmentProfileCreateTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createToken(microsoft.graph.androidForWorkEnrollmentProfile)";
    const KEYS: &'static [&'static str] = &["tokenValidityInSeconds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"tokenValidityInSeconds\":       "];
    const TAG: &'static str = "\"#microsoft.graph.createToken(microsoft.graph.androidForWorkEnrollmentProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "token_validity_in_seconds", &self.token_validity_in_seconds);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkEnrollmentProfileCreateTokenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.token_validity_in_seconds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.token_validity_in_seconds);
    }
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
rt::impl_object!(AndroidForWorkEnrollmentProfileCreateTokenParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkEnrollmentProfileCreateTokenParams { with_token_validity_in_seconds
    token_validity_in_seconds : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkEnrollmentProfileCreateTokenParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `AttachmentItem`: `microsoft.graph.attachmentItem`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentCollectionCreateUploadSessionParams {
    /// CSDL: property `AttachmentItem`: `microsoft.graph.attachmentItem`, not nullable.
    pub attachment_item: rt::Field<crate::beta::AttachmentItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AttachmentCollectionCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AttachmentCollectionCreateUploadSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createUploadSession(Collection(microsoft.graph.attachment))";
    const KEYS: &'static [&'static str] = &["AttachmentItem"];
    const KEYS_JSON: &'static [&'static str] = &[",\"AttachmentItem\":               "];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(Collection(microsoft.graph.attachment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attachment_item", &self.attachment_item);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AttachmentCollectionCreateUploadSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attachment_item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attachment_item);
    }
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
rt::impl_object!(AttachmentCollectionCreateUploadSessionParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AttachmentCollectionCreateUploadSessionParams { with_attachment_item attachment_item
    : crate ::beta::AttachmentItem; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentCollectionCreateUploadSessionParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AndroidManagedAppProtectionCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default
for AndroidManagedAppProtectionCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for AndroidManagedAppProtectionCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.androidManagedAppProtection))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.androidManagedAppProtection))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for AndroidManagedAppProtectionCollectionHasPayloadLinksParams {
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
rt::impl_object!(AndroidManagedAppProtectionCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    AndroidManagedAppProtectionCollectionHasPayloadLinksParams { with_payload_ids
    payload_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppProtectionCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_application_templates_or_search)]
/// Parameters of the action `microsoft.graph.instantiate`.
/// - `displayName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-application-templates`, `beta-search`.
#[derive(Clone)]
pub struct ApplicationTemplateInstantiateParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl ::std::default::Default for ApplicationTemplateInstantiateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl rt::Object for ApplicationTemplateInstantiateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.instantiate(microsoft.graph.applicationTemplate)";
    const KEYS: &'static [&'static str] = &["displayName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"displayName\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.instantiate(microsoft.graph.applicationTemplate)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl rt::object::Members for ApplicationTemplateInstantiateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
rt::impl_object!(ApplicationTemplateInstantiateParams);
#[cfg(msgraph_beta_application_templates_or_search)]
rt::impl_setters!(
    ApplicationTemplateInstantiateParams { with_display_name display_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationTemplateInstantiateParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.removeKey`.
/// - `keyId`: `Edm.Guid`
/// - `proof`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationRemoveKeyParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ApplicationRemoveKeyParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            proof: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ApplicationRemoveKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeKey(microsoft.graph.application)";
    const KEYS: &'static [&'static str] = &["keyId", "proof"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyId\":                        ",
        ",\"proof\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.removeKey(microsoft.graph.application)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_id", &self.key_id);
        v.field(1usize, "proof", &self.proof);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ApplicationRemoveKeyParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ApplicationRemoveKeyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ApplicationRemoveKeyParams { with_key_id key_id : rt::edm::Guid; with_proof proof :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRemoveKeyParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.removePassword`.
/// - `keyId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationRemovePasswordParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ApplicationRemovePasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ApplicationRemovePasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removePassword(microsoft.graph.application)";
    const KEYS: &'static [&'static str] = &["keyId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"keyId\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.removePassword(microsoft.graph.application)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_id", &self.key_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ApplicationRemovePasswordParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ApplicationRemovePasswordParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ApplicationRemovePasswordParams { with_key_id key_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRemovePasswordParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.requestSignupUrl`.
/// - `hostName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkSettingsRequestSignupUrlParams {
    /// CSDL: property `hostName`: `Edm.String`, nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkSettingsRequestSignupUrlParams {
    #[inline]
    fn default() -> Self {
        Self {
            host_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkSettingsRequestSignupUrlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.requestSignupUrl(microsoft.graph.androidForWorkSettings)";
    const KEYS: &'static [&'static str] = &["hostName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"hostName\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.requestSignupUrl(microsoft.graph.androidForWorkSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "host_name", &self.host_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkSettingsRequestSignupUrlParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.host_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.host_name);
    }
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
rt::impl_object!(AndroidForWorkSettingsRequestSignupUrlParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkSettingsRequestSignupUrlParams { with_host_name host_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkSettingsRequestSignupUrlParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.requestSignupUrl`.
/// - `hostName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams {
    /// CSDL: property `hostName`: `Edm.String`, nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams {
    #[inline]
    fn default() -> Self {
        Self {
            host_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.requestSignupUrl(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)";
    const KEYS: &'static [&'static str] = &["hostName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"hostName\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.requestSignupUrl(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "host_name", &self.host_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.host_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.host_name);
    }
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
rt::impl_object!(AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams { with_host_name
    host_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedStoreAccountEnterpriseSettingsRequestSignupUrlParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.resetPassword`.
/// - `newPassword`: `Edm.String`
/// - `requireChangeOnNextSignIn`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthenticationMethodResetPasswordParams {
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// CSDL: property `requireChangeOnNextSignIn`: `Edm.Boolean`, nullable.
    pub require_change_on_next_sign_in: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AuthenticationMethodResetPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_password: rt::Field::Absent,
            require_change_on_next_sign_in: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AuthenticationMethodResetPasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.resetPassword(microsoft.graph.authenticationMethod)";
    const KEYS: &'static [&'static str] = &["newPassword", "requireChangeOnNextSignIn"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"newPassword\":                  ",
        ",\"requireChangeOnNextSignIn\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resetPassword(microsoft.graph.authenticationMethod)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_password", &self.new_password);
        v.field(
            1usize,
            "require_change_on_next_sign_in",
            &self.require_change_on_next_sign_in,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AuthenticationMethodResetPasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_password.read_from(r),
            1usize => self.require_change_on_next_sign_in.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_password);
        w.field(1usize, &self.require_change_on_next_sign_in);
    }
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
rt::impl_object!(AuthenticationMethodResetPasswordParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AuthenticationMethodResetPasswordParams { with_new_password new_password :
    ::std::string::String; with_require_change_on_next_sign_in
    require_change_on_next_sign_in : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodResetPasswordParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Sets the AndroidManagedStoreAccountEnterpriseSettings AndroidDeviceOwnerFullyManagedEnrollmentEnabled to the given value.
///
/// Parameters of the action `microsoft.graph.setAndroidDeviceOwnerFullyManagedEnrollmentState`.
/// - `enabled`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams {
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams {
    #[inline]
    fn default() -> Self {
        Self {
            enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setAndroidDeviceOwnerFullyManagedEnrollmentState(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)";
    const KEYS: &'static [&'static str] = &["enabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enabled\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.setAndroidDeviceOwnerFullyManagedEnrollmentState(microsoft.graph.androidManagedStoreAccountEnterpriseSettings)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enabled", &self.enabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enabled);
    }
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
rt::impl_object!(
    AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams
    { with_enabled enabled : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    AndroidManagedStoreAccountEnterpriseSettingsSetAndroidDeviceOwnerFullyManagedEnrollmentStateParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.setPriority`.
/// - `priority`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleUserInitiatedEnrollmentProfileSetPriorityParams {
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleUserInitiatedEnrollmentProfileSetPriorityParams {
    #[inline]
    fn default() -> Self {
        Self {
            priority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleUserInitiatedEnrollmentProfileSetPriorityParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPriority(microsoft.graph.appleUserInitiatedEnrollmentProfile)";
    const KEYS: &'static [&'static str] = &["priority"];
    const KEYS_JSON: &'static [&'static str] = &[",\"priority\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.setPriority(microsoft.graph.appleUserInitiatedEnrollmentProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "priority", &self.priority);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleUserInitiatedEnrollmentProfileSetPriorityParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.priority.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.priority);
    }
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
rt::impl_object!(AppleUserInitiatedEnrollmentProfileSetPriorityParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleUserInitiatedEnrollmentProfileSetPriorityParams { with_priority priority : i32;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleUserInitiatedEnrollmentProfileSetPriorityParams);
#[cfg(msgraph_beta_search_or_security)]
/// Parameters of the action `microsoft.graph.updateAlerts`.
/// - `value`: `Collection(microsoft.graph.alert)`
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct AlertCollectionUpdateAlertsParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.alert)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::Alert>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for AlertCollectionUpdateAlertsParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for AlertCollectionUpdateAlertsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateAlerts(Collection(microsoft.graph.alert))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.updateAlerts(Collection(microsoft.graph.alert))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for AlertCollectionUpdateAlertsParams {
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
rt::impl_object!(AlertCollectionUpdateAlertsParams);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    AlertCollectionUpdateAlertsParams { with_value value : ::std::vec::Vec < crate
    ::beta::Alert >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertCollectionUpdateAlertsParams);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Cancels the giving booking appointment, sending a message to the involved parties.
///
/// Parameters of the action `microsoft.graph.cancel`.
/// - `cancellationMessage`: `Edm.String`
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingAppointmentCancelParams {
    /// CSDL: property `cancellationMessage`: `Edm.String`, nullable.
    pub cancellation_message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingAppointmentCancelParams {
    #[inline]
    fn default() -> Self {
        Self {
            cancellation_message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingAppointmentCancelParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cancel(microsoft.graph.bookingAppointment)";
    const KEYS: &'static [&'static str] = &["cancellationMessage"];
    const KEYS_JSON: &'static [&'static str] = &[",\"cancellationMessage\":          "];
    const TAG: &'static str = "\"#microsoft.graph.cancel(microsoft.graph.bookingAppointment)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cancellation_message", &self.cancellation_message);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingAppointmentCancelParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cancellation_message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cancellation_message);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingAppointmentCancelParams);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingAppointmentCancelParams { with_cancellation_message cancellation_message :
    ::std::string::String; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingAppointmentCancelParams);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// Parameters of the action `microsoft.graph.recordDecisions`.
/// - `reviewResult`: `Edm.String`
/// - `justification`: `Edm.String`
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct BusinessFlowRecordDecisionsParams {
    /// CSDL: property `reviewResult`: `Edm.String`, nullable.
    pub review_result: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for BusinessFlowRecordDecisionsParams {
    #[inline]
    fn default() -> Self {
        Self {
            review_result: rt::Field::Absent,
            justification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for BusinessFlowRecordDecisionsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.recordDecisions(microsoft.graph.businessFlow)";
    const KEYS: &'static [&'static str] = &["reviewResult", "justification"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"reviewResult\":                 ",
        ",\"justification\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordDecisions(microsoft.graph.businessFlow)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "review_result", &self.review_result);
        v.field(1usize, "justification", &self.justification);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for BusinessFlowRecordDecisionsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.review_result.read_from(r),
            1usize => self.justification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.review_result);
        w.field(1usize, &self.justification);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_object!(BusinessFlowRecordDecisionsParams);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    BusinessFlowRecordDecisionsParams { with_review_result review_result :
    ::std::string::String; with_justification justification : ::std::string::String; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BusinessFlowRecordDecisionsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.addCopy`.
/// - `contentType`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeCollectionAddCopyParams {
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeCollectionAddCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ContentTypeCollectionAddCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addCopy(Collection(microsoft.graph.contentType))";
    const KEYS: &'static [&'static str] = &["contentType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"contentType\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.addCopy(Collection(microsoft.graph.contentType))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentTypeCollectionAddCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeCollectionAddCopyParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeCollectionAddCopyParams { with_content_type content_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeCollectionAddCopyParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.answer`.
/// - `callbackUri`: `Edm.String`
/// - `mediaConfig`: `microsoft.graph.mediaConfig`
/// - `acceptedModalities`: `Collection(microsoft.graph.modality)`
/// - `participantCapacity`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallAnswerParams {
    /// CSDL: property `callbackUri`: `Edm.String`, not nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// CSDL: property `mediaConfig`: `microsoft.graph.mediaConfig`, not nullable.
    pub media_config: rt::Field<crate::beta::AnyMediaConfig>,
    /// CSDL: property `acceptedModalities`: `Collection(microsoft.graph.modality)`, nullable.
    pub accepted_modalities: rt::Field<::std::vec::Vec<crate::beta::Modality>>,
    /// CSDL: property `participantCapacity`: `Edm.Int32`, nullable.
    pub participant_capacity: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallAnswerParams {
    #[inline]
    fn default() -> Self {
        Self {
            callback_uri: rt::Field::Absent,
            media_config: rt::Field::Absent,
            accepted_modalities: rt::Field::Absent,
            participant_capacity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallAnswerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.answer(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "callbackUri",
        "mediaConfig",
        "acceptedModalities",
        "participantCapacity",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callbackUri\":                  ",
        ",\"mediaConfig\":                  ",
        ",\"acceptedModalities\":           ",
        ",\"participantCapacity\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.answer(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "callback_uri", &self.callback_uri);
        v.field(1usize, "media_config", &self.media_config);
        v.field(2usize, "accepted_modalities", &self.accepted_modalities);
        v.field(3usize, "participant_capacity", &self.participant_capacity);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallAnswerParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.callback_uri.read_from(r),
            1usize => self.media_config.read_from(r),
            2usize => self.accepted_modalities.read_from(r),
            3usize => self.participant_capacity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.callback_uri);
        w.field(1usize, &self.media_config);
        w.field(2usize, &self.accepted_modalities);
        w.field(3usize, &self.participant_capacity);
    }
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
rt::impl_object!(CallAnswerParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallAnswerParams { with_callback_uri callback_uri : ::std::string::String;
    with_media_config media_config : crate ::beta::AnyMediaConfig;
    with_accepted_modalities accepted_modalities : ::std::vec::Vec < crate
    ::beta::Modality >; with_participant_capacity participant_capacity : i32; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallAnswerParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.cloudPcProvisioningPolicyAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcProvisioningPolicyAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.cloudPcProvisioningPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcProvisioningPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.cloudPcProvisioningPolicy)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.cloudPcProvisioningPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicyAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcProvisioningPolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicyAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::CloudPcProvisioningPolicyAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.cloudPcUserSettingAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcUserSettingAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.cloudPcUserSettingAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcUserSettingAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcUserSettingAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcUserSettingAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.cloudPcUserSetting)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.cloudPcUserSetting)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcUserSettingAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcUserSettingAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserSettingAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::beta::CloudPcUserSettingAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserSettingAssignParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.associateWithHubSites`.
/// - `hubSiteUrls`: `Collection(Edm.String)`
/// - `propagateToExistingLists`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeAssociateWithHubSitesParams {
    /// CSDL: property `hubSiteUrls`: `Collection(Edm.String)`, not nullable.
    pub hub_site_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `propagateToExistingLists`: `Edm.Boolean`, nullable.
    pub propagate_to_existing_lists: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeAssociateWithHubSitesParams {
    #[inline]
    fn default() -> Self {
        Self {
            hub_site_urls: rt::Field::Absent,
            propagate_to_existing_lists: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ContentTypeAssociateWithHubSitesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.associateWithHubSites(microsoft.graph.contentType)";
    const KEYS: &'static [&'static str] = &["hubSiteUrls", "propagateToExistingLists"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hubSiteUrls\":                  ",
        ",\"propagateToExistingLists\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.associateWithHubSites(microsoft.graph.contentType)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hub_site_urls", &self.hub_site_urls);
        v.field(
            1usize,
            "propagate_to_existing_lists",
            &self.propagate_to_existing_lists,
        );
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentTypeAssociateWithHubSitesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hub_site_urls.read_from(r),
            1usize => self.propagate_to_existing_lists.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hub_site_urls);
        w.field(1usize, &self.propagate_to_existing_lists);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeAssociateWithHubSitesParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeAssociateWithHubSitesParams { with_hub_site_urls hub_site_urls :
    ::std::vec::Vec < ::std::string::String >; with_propagate_to_existing_lists
    propagate_to_existing_lists : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeAssociateWithHubSitesParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.cancelMediaProcessing`.
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallCancelMediaProcessingParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallCancelMediaProcessingParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallCancelMediaProcessingParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cancelMediaProcessing(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.cancelMediaProcessing(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallCancelMediaProcessingParams {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CallCancelMediaProcessingParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallCancelMediaProcessingParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallCancelMediaProcessingParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.changeScreenSharingRole`.
/// - `role`: `microsoft.graph.screenSharingRole`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallChangeScreenSharingRoleParams {
    /// CSDL: property `role`: `microsoft.graph.screenSharingRole`, not nullable.
    pub role: rt::Field<crate::beta::ScreenSharingRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallChangeScreenSharingRoleParams {
    #[inline]
    fn default() -> Self {
        Self {
            role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallChangeScreenSharingRoleParams {
    const TYPE_NAME: &'static str = "microsoft.graph.changeScreenSharingRole(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["role"];
    const KEYS_JSON: &'static [&'static str] = &[",\"role\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.changeScreenSharingRole(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "role", &self.role);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallChangeScreenSharingRoleParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.role.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.role);
    }
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
rt::impl_object!(CallChangeScreenSharingRoleParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallChangeScreenSharingRoleParams { with_role role : crate ::beta::ScreenSharingRole;
    }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallChangeScreenSharingRoleParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.connect`.
/// - `ownerUserPrincipalName`: `Edm.String`
/// - `serviceAccountCredentials`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ChromeOsOnboardingSettingsCollectionConnectParams {
    /// CSDL: property `ownerUserPrincipalName`: `Edm.String`, nullable.
    pub owner_user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `serviceAccountCredentials`: `Edm.String`, nullable.
    pub service_account_credentials: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ChromeOsOnboardingSettingsCollectionConnectParams {
    #[inline]
    fn default() -> Self {
        Self {
            owner_user_principal_name: rt::Field::Absent,
            service_account_credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ChromeOsOnboardingSettingsCollectionConnectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.connect(Collection(microsoft.graph.chromeOSOnboardingSettings))";
    const KEYS: &'static [&'static str] = &[
        "ownerUserPrincipalName",
        "serviceAccountCredentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ownerUserPrincipalName\":       ",
        ",\"serviceAccountCredentials\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connect(Collection(microsoft.graph.chromeOSOnboardingSettings))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "owner_user_principal_name", &self.owner_user_principal_name);
        v.field(
            1usize,
            "service_account_credentials",
            &self.service_account_credentials,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ChromeOsOnboardingSettingsCollectionConnectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.owner_user_principal_name.read_from(r),
            1usize => self.service_account_credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.owner_user_principal_name);
        w.field(1usize, &self.service_account_credentials);
    }
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
rt::impl_object!(ChromeOsOnboardingSettingsCollectionConnectParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ChromeOsOnboardingSettingsCollectionConnectParams { with_owner_user_principal_name
    owner_user_principal_name : ::std::string::String; with_service_account_credentials
    service_account_credentials : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChromeOsOnboardingSettingsCollectionConnectParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.copyToDefaultContentLocation`.
/// - `sourceFile`: `microsoft.graph.itemReference`
/// - `destinationFileName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeCopyToDefaultContentLocationParams {
    /// CSDL: property `sourceFile`: `microsoft.graph.itemReference`, not nullable.
    pub source_file: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `destinationFileName`: `Edm.String`, nullable.
    pub destination_file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeCopyToDefaultContentLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            source_file: rt::Field::Absent,
            destination_file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ContentTypeCopyToDefaultContentLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToDefaultContentLocation(microsoft.graph.contentType)";
    const KEYS: &'static [&'static str] = &["sourceFile", "destinationFileName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sourceFile\":                   ",
        ",\"destinationFileName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToDefaultContentLocation(microsoft.graph.contentType)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source_file", &self.source_file);
        v.field(1usize, "destination_file_name", &self.destination_file_name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentTypeCopyToDefaultContentLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source_file.read_from(r),
            1usize => self.destination_file_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source_file);
        w.field(1usize, &self.destination_file_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeCopyToDefaultContentLocationParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeCopyToDefaultContentLocationParams { with_source_file source_file : crate
    ::beta::ItemReference; with_destination_file_name destination_file_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeCopyToDefaultContentLocationParams);
#[cfg(msgraph_beta_communications_or_search)]
/// Parameters of the action `microsoft.graph.getPresencesByUserId`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CloudCommunicationsGetPresencesByUserIdParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_communications_or_search)]
impl ::std::default::Default for CloudCommunicationsGetPresencesByUserIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_communications_or_search)]
impl rt::Object for CloudCommunicationsGetPresencesByUserIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPresencesByUserId(microsoft.graph.cloudCommunications)";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.getPresencesByUserId(microsoft.graph.cloudCommunications)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_beta_communications_or_search)]
impl rt::object::Members for CloudCommunicationsGetPresencesByUserIdParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_communications_or_search)]
rt::impl_object!(CloudCommunicationsGetPresencesByUserIdParams);
#[cfg(msgraph_beta_communications_or_search)]
rt::impl_setters!(
    CloudCommunicationsGetPresencesByUserIdParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudCommunicationsGetPresencesByUserIdParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.getSchedule`.
/// - `Schedules`: `Collection(Edm.String)`
/// - `EndTime`: `microsoft.graph.dateTimeTimeZone`
/// - `StartTime`: `microsoft.graph.dateTimeTimeZone`
/// - `AvailabilityViewInterval`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarGetScheduleParams {
    /// CSDL: property `Schedules`: `Collection(Edm.String)`, nullable.
    pub schedules: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `EndTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `StartTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `AvailabilityViewInterval`: `Edm.Int32`, nullable.
    pub availability_view_interval: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CalendarGetScheduleParams {
    #[inline]
    fn default() -> Self {
        Self {
            schedules: rt::Field::Absent,
            end_time: rt::Field::Absent,
            start_time: rt::Field::Absent,
            availability_view_interval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CalendarGetScheduleParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getSchedule(microsoft.graph.calendar)";
    const KEYS: &'static [&'static str] = &[
        "Schedules",
        "EndTime",
        "StartTime",
        "AvailabilityViewInterval",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Schedules\":                    ",
        ",\"EndTime\":                      ",
        ",\"StartTime\":                    ",
        ",\"AvailabilityViewInterval\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getSchedule(microsoft.graph.calendar)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "schedules", &self.schedules);
        v.field(1usize, "end_time", &self.end_time);
        v.field(2usize, "start_time", &self.start_time);
        v.field(3usize, "availability_view_interval", &self.availability_view_interval);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CalendarGetScheduleParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.schedules.read_from(r),
            1usize => self.end_time.read_from(r),
            2usize => self.start_time.read_from(r),
            3usize => self.availability_view_interval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.schedules);
        w.field(1usize, &self.end_time);
        w.field(2usize, &self.start_time);
        w.field(3usize, &self.availability_view_interval);
    }
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
rt::impl_object!(CalendarGetScheduleParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CalendarGetScheduleParams { with_schedules schedules : ::std::vec::Vec <
    ::std::string::String >; with_end_time end_time : crate ::beta::DateTimeTimeZone;
    with_start_time start_time : crate ::beta::DateTimeTimeZone;
    with_availability_view_interval availability_view_interval : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarGetScheduleParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.logTeleconferenceDeviceQuality`.
/// - `quality`: `microsoft.graph.teleconferenceDeviceQuality`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallCollectionLogTeleconferenceDeviceQualityParams {
    /// CSDL: property `quality`: `microsoft.graph.teleconferenceDeviceQuality`, not nullable.
    pub quality: rt::Field<crate::beta::TeleconferenceDeviceQuality>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallCollectionLogTeleconferenceDeviceQualityParams {
    #[inline]
    fn default() -> Self {
        Self {
            quality: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallCollectionLogTeleconferenceDeviceQualityParams {
    const TYPE_NAME: &'static str = "microsoft.graph.logTeleconferenceDeviceQuality(Collection(microsoft.graph.call))";
    const KEYS: &'static [&'static str] = &["quality"];
    const KEYS_JSON: &'static [&'static str] = &[",\"quality\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.logTeleconferenceDeviceQuality(Collection(microsoft.graph.call))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "quality", &self.quality);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallCollectionLogTeleconferenceDeviceQualityParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.quality.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.quality);
    }
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
rt::impl_object!(CallCollectionLogTeleconferenceDeviceQualityParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallCollectionLogTeleconferenceDeviceQualityParams { with_quality quality : crate
    ::beta::TeleconferenceDeviceQuality; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallCollectionLogTeleconferenceDeviceQualityParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.mute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallMuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallMuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallMuteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mute(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.mute(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallMuteParams {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CallMuteParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallMuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallMuteParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.playPrompt`.
/// - `prompts`: `Collection(microsoft.graph.prompt)`
/// - `loop`: `Edm.Boolean`
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallPlayPromptParams {
    /// CSDL: property `prompts`: `Collection(microsoft.graph.prompt)`, not nullable.
    pub prompts: rt::Field<::std::vec::Vec<crate::beta::AnyPrompt>>,
    /// CSDL: property `loop`: `Edm.Boolean`, nullable.
    pub loop_: rt::Field<bool>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallPlayPromptParams {
    #[inline]
    fn default() -> Self {
        Self {
            prompts: rt::Field::Absent,
            loop_: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallPlayPromptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.playPrompt(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["prompts", "loop", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"prompts\":                      ",
        ",\"loop\":                         ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.playPrompt(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "prompts", &self.prompts);
        v.field(1usize, "loop_", &self.loop_);
        v.field(2usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallPlayPromptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.prompts.read_from(r),
            1usize => self.loop_.read_from(r),
            2usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.prompts);
        w.field(1usize, &self.loop_);
        w.field(2usize, &self.client_context);
    }
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
rt::impl_object!(CallPlayPromptParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallPlayPromptParams { with_prompts prompts : ::std::vec::Vec < crate
    ::beta::AnyPrompt >; with_loop loop_ : bool; with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallPlayPromptParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.record`.
/// - `prompts`: `Collection(microsoft.graph.prompt)`
/// - `bargeInAllowed`: `Edm.Boolean`
/// - `initialSilenceTimeoutInSeconds`: `Edm.Int32`
/// - `maxSilenceTimeoutInSeconds`: `Edm.Int32`
/// - `maxRecordDurationInSeconds`: `Edm.Int32`
/// - `playBeep`: `Edm.Boolean`
/// - `streamWhileRecording`: `Edm.Boolean`
/// - `stopTones`: `Collection(Edm.String)`
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallRecordParams {
    /// CSDL: property `prompts`: `Collection(microsoft.graph.prompt)`, nullable.
    pub prompts: rt::Field<::std::vec::Vec<crate::beta::AnyPrompt>>,
    /// CSDL: property `bargeInAllowed`: `Edm.Boolean`, nullable.
    pub barge_in_allowed: rt::Field<bool>,
    /// CSDL: property `initialSilenceTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub initial_silence_timeout_in_seconds: rt::Field<i32>,
    /// CSDL: property `maxSilenceTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub max_silence_timeout_in_seconds: rt::Field<i32>,
    /// CSDL: property `maxRecordDurationInSeconds`: `Edm.Int32`, nullable.
    pub max_record_duration_in_seconds: rt::Field<i32>,
    /// CSDL: property `playBeep`: `Edm.Boolean`, nullable.
    pub play_beep: rt::Field<bool>,
    /// CSDL: property `streamWhileRecording`: `Edm.Boolean`, nullable.
    pub stream_while_recording: rt::Field<bool>,
    /// CSDL: property `stopTones`: `Collection(Edm.String)`, nullable.
    pub stop_tones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallRecordParams {
    #[inline]
    fn default() -> Self {
        Self {
            prompts: rt::Field::Absent,
            barge_in_allowed: rt::Field::Absent,
            initial_silence_timeout_in_seconds: rt::Field::Absent,
            max_silence_timeout_in_seconds: rt::Field::Absent,
            max_record_duration_in_seconds: rt::Field::Absent,
            play_beep: rt::Field::Absent,
            stream_while_recording: rt::Field::Absent,
            stop_tones: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallRecordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.record(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "prompts",
        "bargeInAllowed",
        "initialSilenceTimeoutInSeconds",
        "maxSilenceTimeoutInSeconds",
        "maxRecordDurationInSeconds",
        "playBeep",
        "streamWhileRecording",
        "stopTones",
        "clientContext",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"prompts\":                      ",
        ",\"bargeInAllowed\":               ",
        ",\"initialSilenceTimeoutInSeconds\":",
        ",\"maxSilenceTimeoutInSeconds\":   ",
        ",\"maxRecordDurationInSeconds\":   ",
        ",\"playBeep\":                     ",
        ",\"streamWhileRecording\":         ",
        ",\"stopTones\":                    ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.record(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "prompts", &self.prompts);
        v.field(1usize, "barge_in_allowed", &self.barge_in_allowed);
        v.field(
            2usize,
            "initial_silence_timeout_in_seconds",
            &self.initial_silence_timeout_in_seconds,
        );
        v.field(
            3usize,
            "max_silence_timeout_in_seconds",
            &self.max_silence_timeout_in_seconds,
        );
        v.field(
            4usize,
            "max_record_duration_in_seconds",
            &self.max_record_duration_in_seconds,
        );
        v.field(5usize, "play_beep", &self.play_beep);
        v.field(6usize, "stream_while_recording", &self.stream_while_recording);
        v.field(7usize, "stop_tones", &self.stop_tones);
        v.field(8usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallRecordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.prompts.read_from(r),
            1usize => self.barge_in_allowed.read_from(r),
            2usize => self.initial_silence_timeout_in_seconds.read_from(r),
            3usize => self.max_silence_timeout_in_seconds.read_from(r),
            4usize => self.max_record_duration_in_seconds.read_from(r),
            5usize => self.play_beep.read_from(r),
            6usize => self.stream_while_recording.read_from(r),
            7usize => self.stop_tones.read_from(r),
            8usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.prompts);
        w.field(1usize, &self.barge_in_allowed);
        w.field(2usize, &self.initial_silence_timeout_in_seconds);
        w.field(3usize, &self.max_silence_timeout_in_seconds);
        w.field(4usize, &self.max_record_duration_in_seconds);
        w.field(5usize, &self.play_beep);
        w.field(6usize, &self.stream_while_recording);
        w.field(7usize, &self.stop_tones);
        w.field(8usize, &self.client_context);
    }
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
rt::impl_object!(CallRecordParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallRecordParams { with_prompts prompts : ::std::vec::Vec < crate ::beta::AnyPrompt
    >; with_barge_in_allowed barge_in_allowed : bool;
    with_initial_silence_timeout_in_seconds initial_silence_timeout_in_seconds : i32;
    with_max_silence_timeout_in_seconds max_silence_timeout_in_seconds : i32;
    with_max_record_duration_in_seconds max_record_duration_in_seconds : i32;
    with_play_beep play_beep : bool; with_stream_while_recording stream_while_recording :
    bool; with_stop_tones stop_tones : ::std::vec::Vec < ::std::string::String >;
    with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.recordResponse`.
/// - `prompts`: `Collection(microsoft.graph.prompt)`
/// - `bargeInAllowed`: `Edm.Boolean`
/// - `initialSilenceTimeoutInSeconds`: `Edm.Int32`
/// - `maxSilenceTimeoutInSeconds`: `Edm.Int32`
/// - `maxRecordDurationInSeconds`: `Edm.Int32`
/// - `playBeep`: `Edm.Boolean`
/// - `streamWhileRecording`: `Edm.Boolean`
/// - `stopTones`: `Collection(Edm.String)`
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallRecordResponseParams {
    /// CSDL: property `prompts`: `Collection(microsoft.graph.prompt)`, nullable.
    pub prompts: rt::Field<::std::vec::Vec<crate::beta::AnyPrompt>>,
    /// CSDL: property `bargeInAllowed`: `Edm.Boolean`, nullable.
    pub barge_in_allowed: rt::Field<bool>,
    /// CSDL: property `initialSilenceTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub initial_silence_timeout_in_seconds: rt::Field<i32>,
    /// CSDL: property `maxSilenceTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub max_silence_timeout_in_seconds: rt::Field<i32>,
    /// CSDL: property `maxRecordDurationInSeconds`: `Edm.Int32`, nullable.
    pub max_record_duration_in_seconds: rt::Field<i32>,
    /// CSDL: property `playBeep`: `Edm.Boolean`, nullable.
    pub play_beep: rt::Field<bool>,
    /// CSDL: property `streamWhileRecording`: `Edm.Boolean`, nullable.
    pub stream_while_recording: rt::Field<bool>,
    /// CSDL: property `stopTones`: `Collection(Edm.String)`, nullable.
    pub stop_tones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallRecordResponseParams {
    #[inline]
    fn default() -> Self {
        Self {
            prompts: rt::Field::Absent,
            barge_in_allowed: rt::Field::Absent,
            initial_silence_timeout_in_seconds: rt::Field::Absent,
            max_silence_timeout_in_seconds: rt::Field::Absent,
            max_record_duration_in_seconds: rt::Field::Absent,
            play_beep: rt::Field::Absent,
            stream_while_recording: rt::Field::Absent,
            stop_tones: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallRecordResponseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.recordResponse(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "prompts",
        "bargeInAllowed",
        "initialSilenceTimeoutInSeconds",
        "maxSilenceTimeoutInSeconds",
        "maxRecordDurationInSeconds",
        "playBeep",
        "streamWhileRecording",
        "stopTones",
        "clientContext",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"prompts\":                      ",
        ",\"bargeInAllowed\":               ",
        ",\"initialSilenceTimeoutInSeconds\":",
        ",\"maxSilenceTimeoutInSeconds\":   ",
        ",\"maxRecordDurationInSeconds\":   ",
        ",\"playBeep\":                     ",
        ",\"streamWhileRecording\":         ",
        ",\"stopTones\":                    ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordResponse(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "prompts", &self.prompts);
        v.field(1usize, "barge_in_allowed", &self.barge_in_allowed);
        v.field(
            2usize,
            "initial_silence_timeout_in_seconds",
            &self.initial_silence_timeout_in_seconds,
        );
        v.field(
            3usize,
            "max_silence_timeout_in_seconds",
            &self.max_silence_timeout_in_seconds,
        );
        v.field(
            4usize,
            "max_record_duration_in_seconds",
            &self.max_record_duration_in_seconds,
        );
        v.field(5usize, "play_beep", &self.play_beep);
        v.field(6usize, "stream_while_recording", &self.stream_while_recording);
        v.field(7usize, "stop_tones", &self.stop_tones);
        v.field(8usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallRecordResponseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.prompts.read_from(r),
            1usize => self.barge_in_allowed.read_from(r),
            2usize => self.initial_silence_timeout_in_seconds.read_from(r),
            3usize => self.max_silence_timeout_in_seconds.read_from(r),
            4usize => self.max_record_duration_in_seconds.read_from(r),
            5usize => self.play_beep.read_from(r),
            6usize => self.stream_while_recording.read_from(r),
            7usize => self.stop_tones.read_from(r),
            8usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.prompts);
        w.field(1usize, &self.barge_in_allowed);
        w.field(2usize, &self.initial_silence_timeout_in_seconds);
        w.field(3usize, &self.max_silence_timeout_in_seconds);
        w.field(4usize, &self.max_record_duration_in_seconds);
        w.field(5usize, &self.play_beep);
        w.field(6usize, &self.stream_while_recording);
        w.field(7usize, &self.stop_tones);
        w.field(8usize, &self.client_context);
    }
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
rt::impl_object!(CallRecordResponseParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallRecordResponseParams { with_prompts prompts : ::std::vec::Vec < crate
    ::beta::AnyPrompt >; with_barge_in_allowed barge_in_allowed : bool;
    with_initial_silence_timeout_in_seconds initial_silence_timeout_in_seconds : i32;
    with_max_silence_timeout_in_seconds max_silence_timeout_in_seconds : i32;
    with_max_record_duration_in_seconds max_record_duration_in_seconds : i32;
    with_play_beep play_beep : bool; with_stream_while_recording stream_while_recording :
    bool; with_stop_tones stop_tones : ::std::vec::Vec < ::std::string::String >;
    with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordResponseParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.redirect`.
/// - `targets`: `Collection(microsoft.graph.invitationParticipantInfo)`
/// - `targetDisposition`: `microsoft.graph.callDisposition`
/// - `timeout`: `Edm.Int32`
/// - `maskCallee`: `Edm.Boolean`
/// - `maskCaller`: `Edm.Boolean`
/// - `callbackUri`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallRedirectParams {
    /// CSDL: property `targets`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub targets: rt::Field<::std::vec::Vec<crate::beta::InvitationParticipantInfo>>,
    /// CSDL: property `targetDisposition`: `microsoft.graph.callDisposition`, nullable.
    pub target_disposition: rt::Field<crate::beta::CallDisposition>,
    /// CSDL: property `timeout`: `Edm.Int32`, nullable.
    pub timeout: rt::Field<i32>,
    /// CSDL: property `maskCallee`: `Edm.Boolean`, nullable.
    pub mask_callee: rt::Field<bool>,
    /// CSDL: property `maskCaller`: `Edm.Boolean`, nullable.
    pub mask_caller: rt::Field<bool>,
    /// CSDL: property `callbackUri`: `Edm.String`, nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallRedirectParams {
    #[inline]
    fn default() -> Self {
        Self {
            targets: rt::Field::Absent,
            target_disposition: rt::Field::Absent,
            timeout: rt::Field::Absent,
            mask_callee: rt::Field::Absent,
            mask_caller: rt::Field::Absent,
            callback_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallRedirectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.redirect(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "targets",
        "targetDisposition",
        "timeout",
        "maskCallee",
        "maskCaller",
        "callbackUri",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"targets\":                      ",
        ",\"targetDisposition\":            ",
        ",\"timeout\":                      ",
        ",\"maskCallee\":                   ",
        ",\"maskCaller\":                   ",
        ",\"callbackUri\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.redirect(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "targets", &self.targets);
        v.field(1usize, "target_disposition", &self.target_disposition);
        v.field(2usize, "timeout", &self.timeout);
        v.field(3usize, "mask_callee", &self.mask_callee);
        v.field(4usize, "mask_caller", &self.mask_caller);
        v.field(5usize, "callback_uri", &self.callback_uri);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallRedirectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.targets.read_from(r),
            1usize => self.target_disposition.read_from(r),
            2usize => self.timeout.read_from(r),
            3usize => self.mask_callee.read_from(r),
            4usize => self.mask_caller.read_from(r),
            5usize => self.callback_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.targets);
        w.field(1usize, &self.target_disposition);
        w.field(2usize, &self.timeout);
        w.field(3usize, &self.mask_callee);
        w.field(4usize, &self.mask_caller);
        w.field(5usize, &self.callback_uri);
    }
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
rt::impl_object!(CallRedirectParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallRedirectParams { with_targets targets : ::std::vec::Vec < crate
    ::beta::InvitationParticipantInfo >; with_target_disposition target_disposition :
    crate ::beta::CallDisposition; with_timeout timeout : i32; with_mask_callee
    mask_callee : bool; with_mask_caller mask_caller : bool; with_callback_uri
    callback_uri : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRedirectParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.reject`.
/// - `reason`: `microsoft.graph.rejectReason`
/// - `callbackUri`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallRejectParams {
    /// CSDL: property `reason`: `microsoft.graph.rejectReason`, nullable.
    pub reason: rt::Field<crate::beta::RejectReason>,
    /// CSDL: property `callbackUri`: `Edm.String`, nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallRejectParams {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            callback_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallRejectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reject(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["reason", "callbackUri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"reason\":                       ",
        ",\"callbackUri\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reject(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
        v.field(1usize, "callback_uri", &self.callback_uri);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallRejectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            1usize => self.callback_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
        w.field(1usize, &self.callback_uri);
    }
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
rt::impl_object!(CallRejectParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallRejectParams { with_reason reason : crate ::beta::RejectReason; with_callback_uri
    callback_uri : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRejectParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Post`: `microsoft.graph.post`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationThreadReplyParams {
    /// CSDL: property `Post`: `microsoft.graph.post`, not nullable.
    pub post: rt::Field<crate::beta::Post>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConversationThreadReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            post: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConversationThreadReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reply(microsoft.graph.conversationThread)";
    const KEYS: &'static [&'static str] = &["Post"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Post\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.reply(microsoft.graph.conversationThread)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "post", &self.post);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConversationThreadReplyParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ConversationThreadReplyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConversationThreadReplyParams { with_post post : crate ::beta::Post; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationThreadReplyParams);
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
pub struct ChatSendActivityNotificationParams {
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
impl ::std::default::Default for ChatSendActivityNotificationParams {
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
impl rt::Object for ChatSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.chat)";
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
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.chat)\"";
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
impl rt::object::Members for ChatSendActivityNotificationParams {
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
rt::impl_object!(ChatSendActivityNotificationParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatSendActivityNotificationParams { with_topic topic : crate
    ::beta::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::beta::ItemBody; with_template_parameters template_parameters :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_recipient recipient : crate
    ::beta::AnyTeamworkNotificationRecipient; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatSendActivityNotificationParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.subscribeToTone`.
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallSubscribeToToneParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallSubscribeToToneParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallSubscribeToToneParams {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribeToTone(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.subscribeToTone(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallSubscribeToToneParams {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CallSubscribeToToneParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallSubscribeToToneParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallSubscribeToToneParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.transfer`.
/// - `transferTarget`: `microsoft.graph.invitationParticipantInfo`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallTransferParams {
    /// CSDL: property `transferTarget`: `microsoft.graph.invitationParticipantInfo`, not nullable.
    pub transfer_target: rt::Field<crate::beta::InvitationParticipantInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallTransferParams {
    #[inline]
    fn default() -> Self {
        Self {
            transfer_target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallTransferParams {
    const TYPE_NAME: &'static str = "microsoft.graph.transfer(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["transferTarget"];
    const KEYS_JSON: &'static [&'static str] = &[",\"transferTarget\":               "];
    const TAG: &'static str = "\"#microsoft.graph.transfer(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "transfer_target", &self.transfer_target);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallTransferParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.transfer_target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.transfer_target);
    }
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
rt::impl_object!(CallTransferParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallTransferParams { with_transfer_target transfer_target : crate
    ::beta::InvitationParticipantInfo; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTransferParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.unmute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallUnmuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallUnmuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallUnmuteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unmute(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.unmute(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallUnmuteParams {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CallUnmuteParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallUnmuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallUnmuteParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.updateAdDomainPassword`.
/// - `adDomainPassword`: `Edm.String`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams {
    /// CSDL: property `adDomainPassword`: `Edm.String`, nullable.
    pub ad_domain_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            ad_domain_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateAdDomainPassword(microsoft.graph.cloudPcOnPremisesConnection)";
    const KEYS: &'static [&'static str] = &["adDomainPassword"];
    const KEYS_JSON: &'static [&'static str] = &[",\"adDomainPassword\":             "];
    const TAG: &'static str = "\"#microsoft.graph.updateAdDomainPassword(microsoft.graph.cloudPcOnPremisesConnection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ad_domain_password", &self.ad_domain_password);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ad_domain_password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ad_domain_password);
    }
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
rt::impl_object!(CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams { with_ad_domain_password
    ad_domain_password : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.updateRecordingStatus`.
/// - `status`: `microsoft.graph.recordingStatus`
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallUpdateRecordingStatusParams {
    /// CSDL: property `status`: `microsoft.graph.recordingStatus`, not nullable.
    pub status: rt::Field<crate::beta::RecordingStatus>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallUpdateRecordingStatusParams {
    #[inline]
    fn default() -> Self {
        Self {
            status: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallUpdateRecordingStatusParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateRecordingStatus(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["status", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"status\":                       ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateRecordingStatus(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "status", &self.status);
        v.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallUpdateRecordingStatusParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status.read_from(r),
            1usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CallUpdateRecordingStatusParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallUpdateRecordingStatusParams { with_status status : crate ::beta::RecordingStatus;
    with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallUpdateRecordingStatusParams);
