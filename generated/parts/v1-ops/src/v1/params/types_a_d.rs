//! Items of `params` by the first letters of their types' names (`a_d`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addKey`.
/// - `keyCredential`: `microsoft.graph.keyCredential`
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
/// - `proof`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationAddKeyParams {
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ApplicationAddKeyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApplicationAddKeyParams { with_key_credential key_credential : crate
    ::v1::KeyCredential; with_password_credential password_credential : crate
    ::v1::PasswordCredential; with_proof proof : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationAddKeyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addPassword`.
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationAddPasswordParams {
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::v1::PasswordCredential>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ApplicationAddPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            password_credential: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ApplicationAddPasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApplicationAddPasswordParams { with_password_credential password_credential : crate
    ::v1::PasswordCredential; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationAddPasswordParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.batchRecordDecisions`.
/// - `decision`: `Edm.String`
/// - `justification`: `Edm.String`
/// - `principalId`: `Edm.String`
/// - `resourceId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
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
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewInstanceBatchRecordDecisionsParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstanceBatchRecordDecisionsParams { with_decision decision :
    ::std::string::String; with_justification justification : ::std::string::String;
    with_principal_id principal_id : ::std::string::String; with_resource_id resource_id
    : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceBatchRecordDecisionsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `AttachmentItem`: `microsoft.graph.attachmentItem`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentCollectionCreateUploadSessionParams {
    /// CSDL: property `AttachmentItem`: `microsoft.graph.attachmentItem`, not nullable.
    pub attachment_item: rt::Field<crate::v1::AttachmentItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttachmentCollectionCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(AttachmentCollectionCreateUploadSessionParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttachmentCollectionCreateUploadSessionParams { with_attachment_item attachment_item
    : crate ::v1::AttachmentItem; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentCollectionCreateUploadSessionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `attachmentInfo`: `microsoft.graph.attachmentInfo`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentBaseCollectionCreateUploadSessionParams {
    /// CSDL: property `attachmentInfo`: `microsoft.graph.attachmentInfo`, not nullable.
    pub attachment_info: rt::Field<crate::v1::AttachmentInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttachmentBaseCollectionCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttachmentBaseCollectionCreateUploadSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createUploadSession(Collection(microsoft.graph.attachmentBase))";
    const KEYS: &'static [&'static str] = &["attachmentInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"attachmentInfo\":               "];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(Collection(microsoft.graph.attachmentBase))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attachment_info", &self.attachment_info);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttachmentBaseCollectionCreateUploadSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attachment_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attachment_info);
    }
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
rt::impl_object!(AttachmentBaseCollectionCreateUploadSessionParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttachmentBaseCollectionCreateUploadSessionParams { with_attachment_info
    attachment_info : crate ::v1::AttachmentInfo; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentBaseCollectionCreateUploadSessionParams);
#[cfg(msgraph_v1_application_templates_or_search)]
/// Parameters of the action `microsoft.graph.instantiate`.
/// - `displayName`: `Edm.String`
/// - `serviceManagementReference`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationTemplateInstantiateParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `serviceManagementReference`: `Edm.String`, nullable.
    pub service_management_reference: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationTemplateInstantiateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            service_management_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationTemplateInstantiateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.instantiate(microsoft.graph.applicationTemplate)";
    const KEYS: &'static [&'static str] = &["displayName", "serviceManagementReference"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"serviceManagementReference\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.instantiate(microsoft.graph.applicationTemplate)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(
            1usize,
            "service_management_reference",
            &self.service_management_reference,
        );
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationTemplateInstantiateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.service_management_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.service_management_reference);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationTemplateInstantiateParams);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationTemplateInstantiateParams { with_display_name display_name :
    ::std::string::String; with_service_management_reference service_management_reference
    : ::std::string::String; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationTemplateInstantiateParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removeKey`.
/// - `keyId`: `Edm.Guid`
/// - `proof`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationRemoveKeyParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ApplicationRemoveKeyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApplicationRemoveKeyParams { with_key_id key_id : rt::edm::Guid; with_proof proof :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRemoveKeyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removePassword`.
/// - `keyId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationRemovePasswordParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ApplicationRemovePasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ApplicationRemovePasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApplicationRemovePasswordParams { with_key_id key_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationRemovePasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.resetPassword`.
/// - `newPassword`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthenticationMethodResetPasswordParams {
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AuthenticationMethodResetPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AuthenticationMethodResetPasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.resetPassword(microsoft.graph.authenticationMethod)";
    const KEYS: &'static [&'static str] = &["newPassword"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newPassword\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.resetPassword(microsoft.graph.authenticationMethod)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_password", &self.new_password);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AuthenticationMethodResetPasswordParams {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(AuthenticationMethodResetPasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AuthenticationMethodResetPasswordParams { with_new_password new_password :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodResetPasswordParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.moveAlerts`.
/// - `alertIds`: `Collection(Edm.String)`
/// - `incidentId`: `Edm.String`, optional
/// - `alertComment`: `Edm.String`, optional
/// - `newCorrelationReasons`: `microsoft.graph.security.correlationReason`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertCollectionMoveAlertsParams {
    /// CSDL: property `alertIds`: `Collection(Edm.String)`, nullable.
    pub alert_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `incidentId`: `Edm.String`, nullable.
    pub incident_id: rt::Field<::std::string::String>,
    /// CSDL: property `alertComment`: `Edm.String`, nullable.
    pub alert_comment: rt::Field<::std::string::String>,
    /// CSDL: property `newCorrelationReasons`: `microsoft.graph.security.correlationReason`, nullable.
    pub new_correlation_reasons: rt::Field<
        rt::Flags<crate::v1::security::CorrelationReason>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertCollectionMoveAlertsParams {
    #[inline]
    fn default() -> Self {
        Self {
            alert_ids: rt::Field::Absent,
            incident_id: rt::Field::Absent,
            alert_comment: rt::Field::Absent,
            new_correlation_reasons: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertCollectionMoveAlertsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.moveAlerts(Collection(microsoft.graph.security.alert))";
    const KEYS: &'static [&'static str] = &[
        "alertIds",
        "incidentId",
        "alertComment",
        "newCorrelationReasons",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alertIds\":                     ",
        ",\"incidentId\":                   ",
        ",\"alertComment\":                 ",
        ",\"newCorrelationReasons\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.moveAlerts(Collection(microsoft.graph.security.alert))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alert_ids", &self.alert_ids);
        v.field(1usize, "incident_id", &self.incident_id);
        v.field(2usize, "alert_comment", &self.alert_comment);
        v.field(3usize, "new_correlation_reasons", &self.new_correlation_reasons);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertCollectionMoveAlertsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alert_ids.read_from(r),
            1usize => self.incident_id.read_from(r),
            2usize => self.alert_comment.read_from(r),
            3usize => self.new_correlation_reasons.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alert_ids);
        w.field(1usize, &self.incident_id);
        w.field(2usize, &self.alert_comment);
        w.field(3usize, &self.new_correlation_reasons);
    }
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
rt::impl_object!(AlertCollectionMoveAlertsParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertCollectionMoveAlertsParams { with_alert_ids alert_ids : ::std::vec::Vec <
    ::std::string::String >; with_incident_id incident_id : ::std::string::String;
    with_alert_comment alert_comment : ::std::string::String;
    with_new_correlation_reasons new_correlation_reasons : rt::Flags < crate
    ::v1::security::CorrelationReason >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertCollectionMoveAlertsParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.remediate`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `severity`: `microsoft.graph.security.remediationSeverity`
/// - `action`: `microsoft.graph.security.remediationAction`
/// - `remediateSendersCopy`: `Edm.Boolean`
/// - `analyzedEmails`: `Collection(microsoft.graph.security.analyzedEmail)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailCollectionRemediateParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `microsoft.graph.security.remediationSeverity`, nullable.
    pub severity: rt::Field<crate::v1::security::RemediationSeverity>,
    /// CSDL: property `action`: `microsoft.graph.security.remediationAction`, nullable.
    pub action: rt::Field<crate::v1::security::RemediationAction>,
    /// CSDL: property `remediateSendersCopy`: `Edm.Boolean`, nullable.
    pub remediate_senders_copy: rt::Field<bool>,
    /// CSDL: property `analyzedEmails`: `Collection(microsoft.graph.security.analyzedEmail)`, nullable.
    pub analyzed_emails: rt::Field<::std::vec::Vec<crate::v1::security::AnalyzedEmail>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailCollectionRemediateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            severity: rt::Field::Absent,
            action: rt::Field::Absent,
            remediate_senders_copy: rt::Field::Absent,
            analyzed_emails: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailCollectionRemediateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.remediate(Collection(microsoft.graph.security.analyzedEmail))";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "severity",
        "action",
        "remediateSendersCopy",
        "analyzedEmails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"severity\":                     ",
        ",\"action\":                       ",
        ",\"remediateSendersCopy\":         ",
        ",\"analyzedEmails\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.remediate(Collection(microsoft.graph.security.analyzedEmail))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "severity", &self.severity);
        v.field(3usize, "action", &self.action);
        v.field(4usize, "remediate_senders_copy", &self.remediate_senders_copy);
        v.field(5usize, "analyzed_emails", &self.analyzed_emails);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailCollectionRemediateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.severity.read_from(r),
            3usize => self.action.read_from(r),
            4usize => self.remediate_senders_copy.read_from(r),
            5usize => self.analyzed_emails.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.severity);
        w.field(3usize, &self.action);
        w.field(4usize, &self.remediate_senders_copy);
        w.field(5usize, &self.analyzed_emails);
    }
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
rt::impl_object!(AnalyzedEmailCollectionRemediateParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailCollectionRemediateParams { with_display_name display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_severity severity : crate ::v1::security::RemediationSeverity; with_action
    action : crate ::v1::security::RemediationAction; with_remediate_senders_copy
    remediate_senders_copy : bool; with_analyzed_emails analyzed_emails : ::std::vec::Vec
    < crate ::v1::security::AnalyzedEmail >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailCollectionRemediateParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.setVerifiedPublisher`.
/// - `verifiedPublisherId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplicationSetVerifiedPublisherParams {
    /// CSDL: property `verifiedPublisherId`: `Edm.String`, not nullable.
    pub verified_publisher_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ApplicationSetVerifiedPublisherParams {
    #[inline]
    fn default() -> Self {
        Self {
            verified_publisher_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ApplicationSetVerifiedPublisherParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setVerifiedPublisher(microsoft.graph.application)";
    const KEYS: &'static [&'static str] = &["verifiedPublisherId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"verifiedPublisherId\":          "];
    const TAG: &'static str = "\"#microsoft.graph.setVerifiedPublisher(microsoft.graph.application)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "verified_publisher_id", &self.verified_publisher_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ApplicationSetVerifiedPublisherParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.verified_publisher_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.verified_publisher_id);
    }
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
rt::impl_object!(ApplicationSetVerifiedPublisherParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApplicationSetVerifiedPublisherParams { with_verified_publisher_id
    verified_publisher_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationSetVerifiedPublisherParams);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// Parameters of the action `microsoft.graph.updateAllowedCombinations`.
/// - `allowedCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AuthenticationStrengthPolicyUpdateAllowedCombinationsParams {
    /// CSDL: property `allowedCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, nullable.
    pub allowed_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default
for AuthenticationStrengthPolicyUpdateAllowedCombinationsParams {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_combinations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for AuthenticationStrengthPolicyUpdateAllowedCombinationsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateAllowedCombinations(microsoft.graph.authenticationStrengthPolicy)";
    const KEYS: &'static [&'static str] = &["allowedCombinations"];
    const KEYS_JSON: &'static [&'static str] = &[",\"allowedCombinations\":          "];
    const TAG: &'static str = "\"#microsoft.graph.updateAllowedCombinations(microsoft.graph.authenticationStrengthPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_combinations", &self.allowed_combinations);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members
for AuthenticationStrengthPolicyUpdateAllowedCombinationsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_combinations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_combinations);
    }
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
rt::impl_object!(AuthenticationStrengthPolicyUpdateAllowedCombinationsParams);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    AuthenticationStrengthPolicyUpdateAllowedCombinationsParams {
    with_allowed_combinations allowed_combinations : ::std::vec::Vec < rt::Flags < crate
    ::v1::AuthenticationMethodModes > >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationStrengthPolicyUpdateAllowedCombinationsParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.browse`.
/// - `browseLocationItemKey`: `Edm.String`
/// - `browseResourceType`: `microsoft.graph.browsableResourceType`
/// - `filter`: `Edm.String`
/// - `orderBy`: `microsoft.graph.browseQueryOrder`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BrowseSessionBaseBrowseParams {
    /// CSDL: property `browseLocationItemKey`: `Edm.String`, nullable.
    pub browse_location_item_key: rt::Field<::std::string::String>,
    /// CSDL: property `browseResourceType`: `microsoft.graph.browsableResourceType`, nullable.
    pub browse_resource_type: rt::Field<crate::v1::BrowsableResourceType>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// CSDL: property `orderBy`: `microsoft.graph.browseQueryOrder`, nullable.
    pub order_by: rt::Field<crate::v1::BrowseQueryOrder>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BrowseSessionBaseBrowseParams {
    #[inline]
    fn default() -> Self {
        Self {
            browse_location_item_key: rt::Field::Absent,
            browse_resource_type: rt::Field::Absent,
            filter: rt::Field::Absent,
            order_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BrowseSessionBaseBrowseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.browse(microsoft.graph.browseSessionBase)";
    const KEYS: &'static [&'static str] = &[
        "browseLocationItemKey",
        "browseResourceType",
        "filter",
        "orderBy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"browseLocationItemKey\":        ",
        ",\"browseResourceType\":           ",
        ",\"filter\":                       ",
        ",\"orderBy\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browse(microsoft.graph.browseSessionBase)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "browse_location_item_key", &self.browse_location_item_key);
        v.field(1usize, "browse_resource_type", &self.browse_resource_type);
        v.field(2usize, "filter", &self.filter);
        v.field(3usize, "order_by", &self.order_by);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BrowseSessionBaseBrowseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.browse_location_item_key.read_from(r),
            1usize => self.browse_resource_type.read_from(r),
            2usize => self.filter.read_from(r),
            3usize => self.order_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.browse_location_item_key);
        w.field(1usize, &self.browse_resource_type);
        w.field(2usize, &self.filter);
        w.field(3usize, &self.order_by);
    }
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
rt::impl_object!(BrowseSessionBaseBrowseParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BrowseSessionBaseBrowseParams { with_browse_location_item_key
    browse_location_item_key : ::std::string::String; with_browse_resource_type
    browse_resource_type : crate ::v1::BrowsableResourceType; with_filter filter :
    ::std::string::String; with_order_by order_by : crate ::v1::BrowseQueryOrder; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowseSessionBaseBrowseParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Cancels the giving booking appointment, sending a message to the involved parties.
///
/// Parameters of the action `microsoft.graph.cancel`.
/// - `cancellationMessage`: `Edm.String`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingAppointmentCancelParams {
    /// CSDL: property `cancellationMessage`: `Edm.String`, nullable.
    pub cancellation_message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingAppointmentCancelParams {
    #[inline]
    fn default() -> Self {
        Self {
            cancellation_message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
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
#[cfg(msgraph_v1_search_or_solutions)]
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(BookingAppointmentCancelParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingAppointmentCancelParams { with_cancellation_message cancellation_message :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingAppointmentCancelParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.enable`.
/// - `appOwnerTenantId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BackupRestoreRootEnableParams {
    /// CSDL: property `appOwnerTenantId`: `Edm.String`, not nullable.
    pub app_owner_tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BackupRestoreRootEnableParams {
    #[inline]
    fn default() -> Self {
        Self {
            app_owner_tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BackupRestoreRootEnableParams {
    const TYPE_NAME: &'static str = "microsoft.graph.enable(microsoft.graph.backupRestoreRoot)";
    const KEYS: &'static [&'static str] = &["appOwnerTenantId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"appOwnerTenantId\":             "];
    const TAG: &'static str = "\"#microsoft.graph.enable(microsoft.graph.backupRestoreRoot)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_owner_tenant_id", &self.app_owner_tenant_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BackupRestoreRootEnableParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_owner_tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_owner_tenant_id);
    }
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
rt::impl_object!(BackupRestoreRootEnableParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BackupRestoreRootEnableParams { with_app_owner_tenant_id app_owner_tenant_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BackupRestoreRootEnableParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.getStaffAvailability`.
/// - `staffIds`: `Collection(Edm.String)`
/// - `startDateTime`: `microsoft.graph.dateTimeTimeZone`
/// - `endDateTime`: `microsoft.graph.dateTimeTimeZone`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingBusinessGetStaffAvailabilityParams {
    /// CSDL: property `staffIds`: `Collection(Edm.String)`, not nullable.
    pub staff_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingBusinessGetStaffAvailabilityParams {
    #[inline]
    fn default() -> Self {
        Self {
            staff_ids: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingBusinessGetStaffAvailabilityParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getStaffAvailability(microsoft.graph.bookingBusiness)";
    const KEYS: &'static [&'static str] = &["staffIds", "startDateTime", "endDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"staffIds\":                     ",
        ",\"startDateTime\":                ",
        ",\"endDateTime\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getStaffAvailability(microsoft.graph.bookingBusiness)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "staff_ids", &self.staff_ids);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingBusinessGetStaffAvailabilityParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.staff_ids.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.staff_ids);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(BookingBusinessGetStaffAvailabilityParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingBusinessGetStaffAvailabilityParams { with_staff_ids staff_ids :
    ::std::vec::Vec < ::std::string::String >; with_start_date_time start_date_time :
    crate ::v1::DateTimeTimeZone; with_end_date_time end_date_time : crate
    ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingBusinessGetStaffAvailabilityParams);
#[cfg(msgraph_v1_places_or_search)]
/// Parameters of the action `microsoft.graph.ingestMapFile`.
/// - `file`: `Edm.String`
/// - `importSetting`: `microsoft.graph.importBuildingMapSetting`
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct BuildingIngestMapFileParams {
    /// CSDL: property `file`: `Edm.String`, nullable.
    pub file: rt::Field<::std::string::String>,
    /// CSDL: property `importSetting`: `microsoft.graph.importBuildingMapSetting`, nullable.
    pub import_setting: rt::Field<crate::v1::ImportBuildingMapSetting>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for BuildingIngestMapFileParams {
    #[inline]
    fn default() -> Self {
        Self {
            file: rt::Field::Absent,
            import_setting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for BuildingIngestMapFileParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ingestMapFile(microsoft.graph.building)";
    const KEYS: &'static [&'static str] = &["file", "importSetting"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"file\":                         ",
        ",\"importSetting\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ingestMapFile(microsoft.graph.building)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "file", &self.file);
        v.field(1usize, "import_setting", &self.import_setting);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for BuildingIngestMapFileParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.file.read_from(r),
            1usize => self.import_setting.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.file);
        w.field(1usize, &self.import_setting);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(BuildingIngestMapFileParams);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    BuildingIngestMapFileParams { with_file file : ::std::string::String;
    with_import_setting import_setting : crate ::v1::ImportBuildingMapSetting; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BuildingIngestMapFileParams);
#[cfg(msgraph_v1_reports_or_search)]
/// Parameters of the action `microsoft.graph.partners.billing.export`.
/// - `invoiceId`: `Edm.String`
/// - `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, optional
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct BilledReconciliationExportParams {
    /// CSDL: property `invoiceId`: `Edm.String`, nullable.
    pub invoice_id: rt::Field<::std::string::String>,
    /// CSDL: property `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, nullable.
    pub attribute_set: rt::Field<crate::v1::partners_billing::AttributeSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for BilledReconciliationExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            invoice_id: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for BilledReconciliationExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.billedReconciliation)";
    const KEYS: &'static [&'static str] = &["invoiceId", "attributeSet"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"invoiceId\":                    ",
        ",\"attributeSet\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.billedReconciliation)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "invoice_id", &self.invoice_id);
        v.field(1usize, "attribute_set", &self.attribute_set);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for BilledReconciliationExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.invoice_id.read_from(r),
            1usize => self.attribute_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.invoice_id);
        w.field(1usize, &self.attribute_set);
    }
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
rt::impl_object!(BilledReconciliationExportParams);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    BilledReconciliationExportParams { with_invoice_id invoice_id :
    ::std::string::String; with_attribute_set attribute_set : crate
    ::v1::partners_billing::AttributeSet; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BilledReconciliationExportParams);
#[cfg(msgraph_v1_reports_or_search)]
/// Parameters of the action `microsoft.graph.partners.billing.export`.
/// - `invoiceId`: `Edm.String`
/// - `attributeSet`: `microsoft.graph.partners.billing.attributeSet`
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct BilledUsageExportParams {
    /// CSDL: property `invoiceId`: `Edm.String`, nullable.
    pub invoice_id: rt::Field<::std::string::String>,
    /// CSDL: property `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, nullable.
    pub attribute_set: rt::Field<crate::v1::partners_billing::AttributeSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for BilledUsageExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            invoice_id: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for BilledUsageExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.billedUsage)";
    const KEYS: &'static [&'static str] = &["invoiceId", "attributeSet"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"invoiceId\":                    ",
        ",\"attributeSet\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.billedUsage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "invoice_id", &self.invoice_id);
        v.field(1usize, "attribute_set", &self.attribute_set);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for BilledUsageExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.invoice_id.read_from(r),
            1usize => self.attribute_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.invoice_id);
        w.field(1usize, &self.attribute_set);
    }
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
rt::impl_object!(BilledUsageExportParams);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    BilledUsageExportParams { with_invoice_id invoice_id : ::std::string::String;
    with_attribute_set attribute_set : crate ::v1::partners_billing::AttributeSet; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BilledUsageExportParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.publish`.
/// - `revision`: `Edm.String`
/// - `sites`: `Collection(microsoft.graph.browserSite)`
/// - `sharedCookies`: `Collection(microsoft.graph.browserSharedCookie)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BrowserSiteListPublishParams {
    /// CSDL: property `revision`: `Edm.String`, not nullable.
    pub revision: rt::Field<::std::string::String>,
    /// CSDL: property `sites`: `Collection(microsoft.graph.browserSite)`, nullable.
    pub sites: rt::Field<::std::vec::Vec<crate::v1::BrowserSite>>,
    /// CSDL: property `sharedCookies`: `Collection(microsoft.graph.browserSharedCookie)`, nullable.
    pub shared_cookies: rt::Field<::std::vec::Vec<crate::v1::BrowserSharedCookie>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BrowserSiteListPublishParams {
    #[inline]
    fn default() -> Self {
        Self {
            revision: rt::Field::Absent,
            sites: rt::Field::Absent,
            shared_cookies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BrowserSiteListPublishParams {
    const TYPE_NAME: &'static str = "microsoft.graph.publish(microsoft.graph.browserSiteList)";
    const KEYS: &'static [&'static str] = &["revision", "sites", "sharedCookies"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"revision\":                     ",
        ",\"sites\":                        ",
        ",\"sharedCookies\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publish(microsoft.graph.browserSiteList)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "revision", &self.revision);
        v.field(1usize, "sites", &self.sites);
        v.field(2usize, "shared_cookies", &self.shared_cookies);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BrowserSiteListPublishParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.revision.read_from(r),
            1usize => self.sites.read_from(r),
            2usize => self.shared_cookies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.revision);
        w.field(1usize, &self.sites);
        w.field(2usize, &self.shared_cookies);
    }
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
rt::impl_object!(BrowserSiteListPublishParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BrowserSiteListPublishParams { with_revision revision : ::std::string::String;
    with_sites sites : ::std::vec::Vec < crate ::v1::BrowserSite >; with_shared_cookies
    shared_cookies : ::std::vec::Vec < crate ::v1::BrowserSharedCookie >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteListPublishParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.addCopy`.
/// - `contentType`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeCollectionAddCopyParams {
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeCollectionAddCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeCollectionAddCopyParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeCollectionAddCopyParams { with_content_type content_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeCollectionAddCopyParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.addCopyFromContentTypeHub`.
/// - `contentTypeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeCollectionAddCopyFromContentTypeHubParams {
    /// CSDL: property `contentTypeId`: `Edm.String`, not nullable.
    pub content_type_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeCollectionAddCopyFromContentTypeHubParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_type_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ContentTypeCollectionAddCopyFromContentTypeHubParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addCopyFromContentTypeHub(Collection(microsoft.graph.contentType))";
    const KEYS: &'static [&'static str] = &["contentTypeId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"contentTypeId\":                "];
    const TAG: &'static str = "\"#microsoft.graph.addCopyFromContentTypeHub(Collection(microsoft.graph.contentType))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_type_id", &self.content_type_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentTypeCollectionAddCopyFromContentTypeHubParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_type_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_type_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeCollectionAddCopyFromContentTypeHubParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeCollectionAddCopyFromContentTypeHubParams { with_content_type_id
    content_type_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeCollectionAddCopyFromContentTypeHubParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.addLargeGalleryView`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallAddLargeGalleryViewParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallAddLargeGalleryViewParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallAddLargeGalleryViewParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addLargeGalleryView(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.addLargeGalleryView(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallAddLargeGalleryViewParams {
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
rt::impl_object!(CallAddLargeGalleryViewParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallAddLargeGalleryViewParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallAddLargeGalleryViewParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.answer`.
/// - `callbackUri`: `Edm.String`
/// - `mediaConfig`: `microsoft.graph.mediaConfig`
/// - `acceptedModalities`: `Collection(microsoft.graph.modality)`
/// - `participantCapacity`: `Edm.Int32`
/// - `callOptions`: `microsoft.graph.incomingCallOptions`, optional
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallAnswerParams {
    /// CSDL: property `callbackUri`: `Edm.String`, not nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// CSDL: property `mediaConfig`: `microsoft.graph.mediaConfig`, not nullable.
    pub media_config: rt::Field<crate::v1::AnyMediaConfig>,
    /// CSDL: property `acceptedModalities`: `Collection(microsoft.graph.modality)`, nullable.
    pub accepted_modalities: rt::Field<::std::vec::Vec<crate::v1::Modality>>,
    /// CSDL: property `participantCapacity`: `Edm.Int32`, nullable.
    pub participant_capacity: rt::Field<i32>,
    /// CSDL: property `callOptions`: `microsoft.graph.incomingCallOptions`, nullable.
    pub call_options: rt::Field<crate::v1::IncomingCallOptions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallAnswerParams {
    #[inline]
    fn default() -> Self {
        Self {
            callback_uri: rt::Field::Absent,
            media_config: rt::Field::Absent,
            accepted_modalities: rt::Field::Absent,
            participant_capacity: rt::Field::Absent,
            call_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallAnswerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.answer(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "callbackUri",
        "mediaConfig",
        "acceptedModalities",
        "participantCapacity",
        "callOptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callbackUri\":                  ",
        ",\"mediaConfig\":                  ",
        ",\"acceptedModalities\":           ",
        ",\"participantCapacity\":          ",
        ",\"callOptions\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.answer(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "callback_uri", &self.callback_uri);
        v.field(1usize, "media_config", &self.media_config);
        v.field(2usize, "accepted_modalities", &self.accepted_modalities);
        v.field(3usize, "participant_capacity", &self.participant_capacity);
        v.field(4usize, "call_options", &self.call_options);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallAnswerParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.callback_uri.read_from(r),
            1usize => self.media_config.read_from(r),
            2usize => self.accepted_modalities.read_from(r),
            3usize => self.participant_capacity.read_from(r),
            4usize => self.call_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.callback_uri);
        w.field(1usize, &self.media_config);
        w.field(2usize, &self.accepted_modalities);
        w.field(3usize, &self.participant_capacity);
        w.field(4usize, &self.call_options);
    }
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
rt::impl_object!(CallAnswerParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallAnswerParams { with_callback_uri callback_uri : ::std::string::String;
    with_media_config media_config : crate ::v1::AnyMediaConfig; with_accepted_modalities
    accepted_modalities : ::std::vec::Vec < crate ::v1::Modality >;
    with_participant_capacity participant_capacity : i32; with_call_options call_options
    : crate ::v1::IncomingCallOptions; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallAnswerParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelArchiveParams {
    /// CSDL: property `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`, nullable.
    pub should_set_spo_site_read_only_for_members: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            should_set_spo_site_read_only_for_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(microsoft.graph.channel)";
    const KEYS: &'static [&'static str] = &["shouldSetSpoSiteReadOnlyForMembers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"shouldSetSpoSiteReadOnlyForMembers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.archive(microsoft.graph.channel)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "should_set_spo_site_read_only_for_members",
            &self.should_set_spo_site_read_only_for_members,
        );
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelArchiveParams {
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelArchiveParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelArchiveParams { with_should_set_spo_site_read_only_for_members
    should_set_spo_site_read_only_for_members : bool; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelArchiveParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.cloudPcUserSettingAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcUserSettingAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.cloudPcUserSettingAssignment)`, nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::CloudPcUserSettingAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcUserSettingAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcUserSettingAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserSettingAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::v1::CloudPcUserSettingAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserSettingAssignParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.associateWithHubSites`.
/// - `hubSiteUrls`: `Collection(Edm.String)`
/// - `propagateToExistingLists`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeAssociateWithHubSitesParams {
    /// CSDL: property `hubSiteUrls`: `Collection(Edm.String)`, not nullable.
    pub hub_site_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `propagateToExistingLists`: `Edm.Boolean`, nullable.
    pub propagate_to_existing_lists: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeAssociateWithHubSitesParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeAssociateWithHubSitesParams { with_hub_site_urls hub_site_urls :
    ::std::vec::Vec < ::std::string::String >; with_propagate_to_existing_lists
    propagate_to_existing_lists : bool; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeAssociateWithHubSitesParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.cancelMediaProcessing`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallCancelMediaProcessingParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallCancelMediaProcessingParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallCancelMediaProcessingParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallCancelMediaProcessingParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallCancelMediaProcessingParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.changeScreenSharingRole`.
/// - `role`: `microsoft.graph.screenSharingRole`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallChangeScreenSharingRoleParams {
    /// CSDL: property `role`: `microsoft.graph.screenSharingRole`, not nullable.
    pub role: rt::Field<crate::v1::ScreenSharingRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallChangeScreenSharingRoleParams {
    #[inline]
    fn default() -> Self {
        Self {
            role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallChangeScreenSharingRoleParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallChangeScreenSharingRoleParams { with_role role : crate ::v1::ScreenSharingRole; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallChangeScreenSharingRoleParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.copyToDefaultContentLocation`.
/// - `sourceFile`: `microsoft.graph.itemReference`
/// - `destinationFileName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeCopyToDefaultContentLocationParams {
    /// CSDL: property `sourceFile`: `microsoft.graph.itemReference`, not nullable.
    pub source_file: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `destinationFileName`: `Edm.String`, nullable.
    pub destination_file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeCopyToDefaultContentLocationParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeCopyToDefaultContentLocationParams { with_source_file source_file : crate
    ::v1::ItemReference; with_destination_file_name destination_file_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeCopyToDefaultContentLocationParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.createSnapshot`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `resources`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationBaselineCollectionCreateSnapshotParams {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `resources`: `Collection(Edm.String)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationBaselineCollectionCreateSnapshotParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationBaselineCollectionCreateSnapshotParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createSnapshot(Collection(microsoft.graph.configurationBaseline))";
    const KEYS: &'static [&'static str] = &["displayName", "description", "resources"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createSnapshot(Collection(microsoft.graph.configurationBaseline))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationBaselineCollectionCreateSnapshotParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.resources);
    }
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
rt::impl_object!(ConfigurationBaselineCollectionCreateSnapshotParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationBaselineCollectionCreateSnapshotParams { with_display_name display_name
    : ::std::string::String; with_description description : ::std::string::String;
    with_resources resources : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationBaselineCollectionCreateSnapshotParams);
#[cfg(msgraph_v1_identity_or_search)]
/// Parameters of the action `microsoft.graph.evaluate`.
/// - `signInIdentity`: `microsoft.graph.signInIdentity`
/// - `signInContext`: `microsoft.graph.signInContext`
/// - `signInConditions`: `microsoft.graph.signInConditions`
/// - `appliedPoliciesOnly`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessRootEvaluateParams {
    /// CSDL: property `signInIdentity`: `microsoft.graph.signInIdentity`, nullable.
    pub sign_in_identity: rt::Field<crate::v1::AnySignInIdentity>,
    /// CSDL: property `signInContext`: `microsoft.graph.signInContext`, nullable.
    pub sign_in_context: rt::Field<crate::v1::AnySignInContext>,
    /// CSDL: property `signInConditions`: `microsoft.graph.signInConditions`, nullable.
    pub sign_in_conditions: rt::Field<crate::v1::SignInConditions>,
    /// CSDL: property `appliedPoliciesOnly`: `Edm.Boolean`, nullable.
    pub applied_policies_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ConditionalAccessRootEvaluateParams {
    #[inline]
    fn default() -> Self {
        Self {
            sign_in_identity: rt::Field::Absent,
            sign_in_context: rt::Field::Absent,
            sign_in_conditions: rt::Field::Absent,
            applied_policies_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ConditionalAccessRootEvaluateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluate(microsoft.graph.conditionalAccessRoot)";
    const KEYS: &'static [&'static str] = &[
        "signInIdentity",
        "signInContext",
        "signInConditions",
        "appliedPoliciesOnly",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"signInIdentity\":               ",
        ",\"signInContext\":                ",
        ",\"signInConditions\":             ",
        ",\"appliedPoliciesOnly\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluate(microsoft.graph.conditionalAccessRoot)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sign_in_identity", &self.sign_in_identity);
        v.field(1usize, "sign_in_context", &self.sign_in_context);
        v.field(2usize, "sign_in_conditions", &self.sign_in_conditions);
        v.field(3usize, "applied_policies_only", &self.applied_policies_only);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ConditionalAccessRootEvaluateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sign_in_identity.read_from(r),
            1usize => self.sign_in_context.read_from(r),
            2usize => self.sign_in_conditions.read_from(r),
            3usize => self.applied_policies_only.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sign_in_identity);
        w.field(1usize, &self.sign_in_context);
        w.field(2usize, &self.sign_in_conditions);
        w.field(3usize, &self.applied_policies_only);
    }
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
rt::impl_object!(ConditionalAccessRootEvaluateParams);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ConditionalAccessRootEvaluateParams { with_sign_in_identity sign_in_identity : crate
    ::v1::AnySignInIdentity; with_sign_in_context sign_in_context : crate
    ::v1::AnySignInContext; with_sign_in_conditions sign_in_conditions : crate
    ::v1::SignInConditions; with_applied_policies_only applied_policies_only : bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessRootEvaluateParams);
#[cfg(msgraph_v1_communications)]
/// Parameters of the action `microsoft.graph.getPresencesByUserId`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1` or `v1-communications`.
#[derive(Clone)]
pub struct CloudCommunicationsGetPresencesByUserIdParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications)]
impl ::std::default::Default for CloudCommunicationsGetPresencesByUserIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications)]
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
#[cfg(msgraph_v1_communications)]
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
#[cfg(msgraph_v1_communications)]
rt::impl_object!(CloudCommunicationsGetPresencesByUserIdParams);
#[cfg(msgraph_v1_communications)]
rt::impl_setters!(
    CloudCommunicationsGetPresencesByUserIdParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudCommunicationsGetPresencesByUserIdParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getSchedule`.
/// - `Schedules`: `Collection(Edm.String)`
/// - `EndTime`: `microsoft.graph.dateTimeTimeZone`
/// - `StartTime`: `microsoft.graph.dateTimeTimeZone`
/// - `AvailabilityViewInterval`: `Edm.Int32`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarGetScheduleParams {
    /// CSDL: property `Schedules`: `Collection(Edm.String)`, nullable.
    pub schedules: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `EndTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `StartTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `AvailabilityViewInterval`: `Edm.Int32`, nullable.
    pub availability_view_interval: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(CalendarGetScheduleParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CalendarGetScheduleParams { with_schedules schedules : ::std::vec::Vec <
    ::std::string::String >; with_end_time end_time : crate ::v1::DateTimeTimeZone;
    with_start_time start_time : crate ::v1::DateTimeTimeZone;
    with_availability_view_interval availability_view_interval : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarGetScheduleParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.hideForUser`.
/// - `user`: `microsoft.graph.teamworkUserIdentity`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatHideForUserParams {
    /// CSDL: property `user`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub user: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatHideForUserParams {
    #[inline]
    fn default() -> Self {
        Self {
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatHideForUserParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hideForUser(microsoft.graph.chat)";
    const KEYS: &'static [&'static str] = &["user"];
    const KEYS_JSON: &'static [&'static str] = &[",\"user\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.hideForUser(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatHideForUserParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user);
    }
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
rt::impl_object!(ChatHideForUserParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatHideForUserParams { with_user user : crate ::v1::TeamworkUserIdentity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatHideForUserParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.logTeleconferenceDeviceQuality`.
/// - `quality`: `microsoft.graph.teleconferenceDeviceQuality`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallCollectionLogTeleconferenceDeviceQualityParams {
    /// CSDL: property `quality`: `microsoft.graph.teleconferenceDeviceQuality`, not nullable.
    pub quality: rt::Field<crate::v1::TeleconferenceDeviceQuality>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallCollectionLogTeleconferenceDeviceQualityParams {
    #[inline]
    fn default() -> Self {
        Self {
            quality: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallCollectionLogTeleconferenceDeviceQualityParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallCollectionLogTeleconferenceDeviceQualityParams { with_quality quality : crate
    ::v1::TeleconferenceDeviceQuality; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallCollectionLogTeleconferenceDeviceQualityParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.markChatReadForUser`.
/// - `user`: `microsoft.graph.teamworkUserIdentity`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMarkChatReadForUserParams {
    /// CSDL: property `user`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub user: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatMarkChatReadForUserParams {
    #[inline]
    fn default() -> Self {
        Self {
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatMarkChatReadForUserParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markChatReadForUser(microsoft.graph.chat)";
    const KEYS: &'static [&'static str] = &["user"];
    const KEYS_JSON: &'static [&'static str] = &[",\"user\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.markChatReadForUser(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatMarkChatReadForUserParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user);
    }
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
rt::impl_object!(ChatMarkChatReadForUserParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatMarkChatReadForUserParams { with_user user : crate ::v1::TeamworkUserIdentity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMarkChatReadForUserParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.markChatUnreadForUser`.
/// - `user`: `microsoft.graph.teamworkUserIdentity`
/// - `lastMessageReadDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMarkChatUnreadForUserParams {
    /// CSDL: property `user`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub user: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// CSDL: property `lastMessageReadDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_message_read_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatMarkChatUnreadForUserParams {
    #[inline]
    fn default() -> Self {
        Self {
            user: rt::Field::Absent,
            last_message_read_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatMarkChatUnreadForUserParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markChatUnreadForUser(microsoft.graph.chat)";
    const KEYS: &'static [&'static str] = &["user", "lastMessageReadDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"user\":                         ",
        ",\"lastMessageReadDateTime\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.markChatUnreadForUser(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user", &self.user);
        v.field(
            1usize,
            "last_message_read_date_time",
            &self.last_message_read_date_time,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatMarkChatUnreadForUserParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user.read_from(r),
            1usize => self.last_message_read_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user);
        w.field(1usize, &self.last_message_read_date_time);
    }
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
rt::impl_object!(ChatMarkChatUnreadForUserParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatMarkChatUnreadForUserParams { with_user user : crate ::v1::TeamworkUserIdentity;
    with_last_message_read_date_time last_message_read_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMarkChatUnreadForUserParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.mute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallMuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallMuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallMuteParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallMuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallMuteParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.playPrompt`.
/// - `prompts`: `Collection(microsoft.graph.prompt)`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallPlayPromptParams {
    /// CSDL: property `prompts`: `Collection(microsoft.graph.prompt)`, not nullable.
    pub prompts: rt::Field<::std::vec::Vec<crate::v1::AnyPrompt>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallPlayPromptParams {
    #[inline]
    fn default() -> Self {
        Self {
            prompts: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallPlayPromptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.playPrompt(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["prompts", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"prompts\":                      ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.playPrompt(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "prompts", &self.prompts);
        v.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallPlayPromptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.prompts.read_from(r),
            1usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.prompts);
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
rt::impl_object!(CallPlayPromptParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallPlayPromptParams { with_prompts prompts : ::std::vec::Vec < crate ::v1::AnyPrompt
    >; with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallPlayPromptParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.recordResponse`.
/// - `prompts`: `Collection(microsoft.graph.prompt)`
/// - `bargeInAllowed`: `Edm.Boolean`
/// - `initialSilenceTimeoutInSeconds`: `Edm.Int32`
/// - `maxSilenceTimeoutInSeconds`: `Edm.Int32`
/// - `maxRecordDurationInSeconds`: `Edm.Int32`
/// - `playBeep`: `Edm.Boolean`
/// - `stopTones`: `Collection(Edm.String)`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallRecordResponseParams {
    /// CSDL: property `prompts`: `Collection(microsoft.graph.prompt)`, nullable.
    pub prompts: rt::Field<::std::vec::Vec<crate::v1::AnyPrompt>>,
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
    /// CSDL: property `stopTones`: `Collection(Edm.String)`, nullable.
    pub stop_tones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
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
            stop_tones: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallRecordResponseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.recordResponse(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "prompts",
        "bargeInAllowed",
        "initialSilenceTimeoutInSeconds",
        "maxSilenceTimeoutInSeconds",
        "maxRecordDurationInSeconds",
        "playBeep",
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
        v.field(6usize, "stop_tones", &self.stop_tones);
        v.field(7usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
            6usize => self.stop_tones.read_from(r),
            7usize => self.client_context.read_from(r),
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
        w.field(6usize, &self.stop_tones);
        w.field(7usize, &self.client_context);
    }
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
rt::impl_object!(CallRecordResponseParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallRecordResponseParams { with_prompts prompts : ::std::vec::Vec < crate
    ::v1::AnyPrompt >; with_barge_in_allowed barge_in_allowed : bool;
    with_initial_silence_timeout_in_seconds initial_silence_timeout_in_seconds : i32;
    with_max_silence_timeout_in_seconds max_silence_timeout_in_seconds : i32;
    with_max_record_duration_in_seconds max_record_duration_in_seconds : i32;
    with_play_beep play_beep : bool; with_stop_tones stop_tones : ::std::vec::Vec <
    ::std::string::String >; with_client_context client_context : ::std::string::String;
    }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordResponseParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.redirect`.
/// - `targets`: `Collection(microsoft.graph.invitationParticipantInfo)`
/// - `timeout`: `Edm.Int32`
/// - `callbackUri`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallRedirectParams {
    /// CSDL: property `targets`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub targets: rt::Field<::std::vec::Vec<crate::v1::InvitationParticipantInfo>>,
    /// CSDL: property `timeout`: `Edm.Int32`, nullable.
    pub timeout: rt::Field<i32>,
    /// CSDL: property `callbackUri`: `Edm.String`, nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallRedirectParams {
    #[inline]
    fn default() -> Self {
        Self {
            targets: rt::Field::Absent,
            timeout: rt::Field::Absent,
            callback_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallRedirectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.redirect(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["targets", "timeout", "callbackUri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"targets\":                      ",
        ",\"timeout\":                      ",
        ",\"callbackUri\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.redirect(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "targets", &self.targets);
        v.field(1usize, "timeout", &self.timeout);
        v.field(2usize, "callback_uri", &self.callback_uri);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallRedirectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.targets.read_from(r),
            1usize => self.timeout.read_from(r),
            2usize => self.callback_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.targets);
        w.field(1usize, &self.timeout);
        w.field(2usize, &self.callback_uri);
    }
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
rt::impl_object!(CallRedirectParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallRedirectParams { with_targets targets : ::std::vec::Vec < crate
    ::v1::InvitationParticipantInfo >; with_timeout timeout : i32; with_callback_uri
    callback_uri : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRedirectParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.reject`.
/// - `reason`: `microsoft.graph.rejectReason`
/// - `callbackUri`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallRejectParams {
    /// CSDL: property `reason`: `microsoft.graph.rejectReason`, nullable.
    pub reason: rt::Field<crate::v1::RejectReason>,
    /// CSDL: property `callbackUri`: `Edm.String`, nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallRejectParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallRejectParams { with_reason reason : crate ::v1::RejectReason; with_callback_uri
    callback_uri : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRejectParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removeAllAccessForUser`.
/// - `user`: `microsoft.graph.teamworkUserIdentity`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatRemoveAllAccessForUserParams {
    /// CSDL: property `user`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub user: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatRemoveAllAccessForUserParams {
    #[inline]
    fn default() -> Self {
        Self {
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatRemoveAllAccessForUserParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeAllAccessForUser(microsoft.graph.chat)";
    const KEYS: &'static [&'static str] = &["user"];
    const KEYS_JSON: &'static [&'static str] = &[",\"user\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.removeAllAccessForUser(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatRemoveAllAccessForUserParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user);
    }
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
rt::impl_object!(ChatRemoveAllAccessForUserParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatRemoveAllAccessForUserParams { with_user user : crate ::v1::TeamworkUserIdentity;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatRemoveAllAccessForUserParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.rename`.
/// - `displayName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcRenameParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for CloudPcRenameParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for CloudPcRenameParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rename(microsoft.graph.cloudPC)";
    const KEYS: &'static [&'static str] = &["displayName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"displayName\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.rename(microsoft.graph.cloudPC)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for CloudPcRenameParams {
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(CloudPcRenameParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    CloudPcRenameParams { with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRenameParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Post`: `microsoft.graph.post`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationThreadReplyParams {
    /// CSDL: property `Post`: `microsoft.graph.post`, not nullable.
    pub post: rt::Field<crate::v1::Post>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ConversationThreadReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            post: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ConversationThreadReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(ConversationThreadReplyParams { with_post post : crate ::v1::Post; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationThreadReplyParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.replyWithQuote`.
/// - `messageIds`: `Collection(Edm.String)`
/// - `replyMessage`: `microsoft.graph.chatMessage`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageCollectionReplyWithQuoteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, not nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `replyMessage`: `microsoft.graph.chatMessage`, nullable.
    pub reply_message: rt::Field<crate::v1::AnyChatMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageCollectionReplyWithQuoteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            reply_message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageCollectionReplyWithQuoteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.replyWithQuote(Collection(microsoft.graph.chatMessage))";
    const KEYS: &'static [&'static str] = &["messageIds", "replyMessage"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"messageIds\":                   ",
        ",\"replyMessage\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.replyWithQuote(Collection(microsoft.graph.chatMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
        v.field(1usize, "reply_message", &self.reply_message);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageCollectionReplyWithQuoteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            1usize => self.reply_message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
        w.field(1usize, &self.reply_message);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageCollectionReplyWithQuoteParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageCollectionReplyWithQuoteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; with_reply_message reply_message : crate
    ::v1::AnyChatMessage; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageCollectionReplyWithQuoteParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.reprovision`.
/// - `userAccountType`: `microsoft.graph.cloudPcUserAccountType`
/// - `osVersion`: `microsoft.graph.cloudPcOperatingSystem`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcReprovisionParams {
    /// CSDL: property `userAccountType`: `microsoft.graph.cloudPcUserAccountType`, nullable.
    pub user_account_type: rt::Field<crate::v1::CloudPcUserAccountType>,
    /// CSDL: property `osVersion`: `microsoft.graph.cloudPcOperatingSystem`, nullable.
    pub os_version: rt::Field<crate::v1::CloudPcOperatingSystem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for CloudPcReprovisionParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_account_type: rt::Field::Absent,
            os_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for CloudPcReprovisionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reprovision(microsoft.graph.cloudPC)";
    const KEYS: &'static [&'static str] = &["userAccountType", "osVersion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userAccountType\":              ",
        ",\"osVersion\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reprovision(microsoft.graph.cloudPC)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_account_type", &self.user_account_type);
        v.field(1usize, "os_version", &self.os_version);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for CloudPcReprovisionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_account_type.read_from(r),
            1usize => self.os_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_account_type);
        w.field(1usize, &self.os_version);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(CloudPcReprovisionParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    CloudPcReprovisionParams { with_user_account_type user_account_type : crate
    ::v1::CloudPcUserAccountType; with_os_version os_version : crate
    ::v1::CloudPcOperatingSystem; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcReprovisionParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.resize`.
/// - `targetServicePlanId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcResizeParams {
    /// CSDL: property `targetServicePlanId`: `Edm.String`, nullable.
    pub target_service_plan_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for CloudPcResizeParams {
    #[inline]
    fn default() -> Self {
        Self {
            target_service_plan_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for CloudPcResizeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.resize(microsoft.graph.cloudPC)";
    const KEYS: &'static [&'static str] = &["targetServicePlanId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"targetServicePlanId\":          "];
    const TAG: &'static str = "\"#microsoft.graph.resize(microsoft.graph.cloudPC)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target_service_plan_id", &self.target_service_plan_id);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for CloudPcResizeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target_service_plan_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target_service_plan_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(CloudPcResizeParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    CloudPcResizeParams { with_target_service_plan_id target_service_plan_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcResizeParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.restore`.
/// - `cloudPcSnapshotId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcRestoreParams {
    /// CSDL: property `cloudPcSnapshotId`: `Edm.String`, nullable.
    pub cloud_pc_snapshot_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for CloudPcRestoreParams {
    #[inline]
    fn default() -> Self {
        Self {
            cloud_pc_snapshot_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for CloudPcRestoreParams {
    const TYPE_NAME: &'static str = "microsoft.graph.restore(microsoft.graph.cloudPC)";
    const KEYS: &'static [&'static str] = &["cloudPcSnapshotId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"cloudPcSnapshotId\":            "];
    const TAG: &'static str = "\"#microsoft.graph.restore(microsoft.graph.cloudPC)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cloud_pc_snapshot_id", &self.cloud_pc_snapshot_id);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for CloudPcRestoreParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cloud_pc_snapshot_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cloud_pc_snapshot_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(CloudPcRestoreParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    CloudPcRestoreParams { with_cloud_pc_snapshot_id cloud_pc_snapshot_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRestoreParams);
#[cfg(msgraph_v1_copilot)]
/// Parameters of the action `microsoft.graph.retrieval`.
/// - `queryString`: `Edm.String`
/// - `dataSource`: `microsoft.graph.retrievalDataSource`
/// - `filterExpression`: `Edm.String`, optional
/// - `resourceMetadata`: `Collection(Edm.String)`, optional
/// - `maximumNumberOfResults`: `Edm.Int32`, optional
/// - `dataSourceConfiguration`: `microsoft.graph.dataSourceConfiguration`, optional
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct CopilotRootRetrievalParams {
    /// CSDL: property `queryString`: `Edm.String`, not nullable.
    pub query_string: rt::Field<::std::string::String>,
    /// CSDL: property `dataSource`: `microsoft.graph.retrievalDataSource`, nullable.
    pub data_source: rt::Field<crate::v1::RetrievalDataSource>,
    /// CSDL: property `filterExpression`: `Edm.String`, nullable.
    pub filter_expression: rt::Field<::std::string::String>,
    /// CSDL: property `resourceMetadata`: `Collection(Edm.String)`, nullable.
    pub resource_metadata: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `maximumNumberOfResults`: `Edm.Int32`, nullable.
    pub maximum_number_of_results: rt::Field<i32>,
    /// CSDL: property `dataSourceConfiguration`: `microsoft.graph.dataSourceConfiguration`, nullable.
    pub data_source_configuration: rt::Field<crate::v1::DataSourceConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for CopilotRootRetrievalParams {
    #[inline]
    fn default() -> Self {
        Self {
            query_string: rt::Field::Absent,
            data_source: rt::Field::Absent,
            filter_expression: rt::Field::Absent,
            resource_metadata: rt::Field::Absent,
            maximum_number_of_results: rt::Field::Absent,
            data_source_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for CopilotRootRetrievalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.retrieval(microsoft.graph.copilotRoot)";
    const KEYS: &'static [&'static str] = &[
        "queryString",
        "dataSource",
        "filterExpression",
        "resourceMetadata",
        "maximumNumberOfResults",
        "dataSourceConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"queryString\":                  ",
        ",\"dataSource\":                   ",
        ",\"filterExpression\":             ",
        ",\"resourceMetadata\":             ",
        ",\"maximumNumberOfResults\":       ",
        ",\"dataSourceConfiguration\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retrieval(microsoft.graph.copilotRoot)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query_string", &self.query_string);
        v.field(1usize, "data_source", &self.data_source);
        v.field(2usize, "filter_expression", &self.filter_expression);
        v.field(3usize, "resource_metadata", &self.resource_metadata);
        v.field(4usize, "maximum_number_of_results", &self.maximum_number_of_results);
        v.field(5usize, "data_source_configuration", &self.data_source_configuration);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for CopilotRootRetrievalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query_string.read_from(r),
            1usize => self.data_source.read_from(r),
            2usize => self.filter_expression.read_from(r),
            3usize => self.resource_metadata.read_from(r),
            4usize => self.maximum_number_of_results.read_from(r),
            5usize => self.data_source_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query_string);
        w.field(1usize, &self.data_source);
        w.field(2usize, &self.filter_expression);
        w.field(3usize, &self.resource_metadata);
        w.field(4usize, &self.maximum_number_of_results);
        w.field(5usize, &self.data_source_configuration);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_copilot)]
rt::impl_object!(CopilotRootRetrievalParams);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    CopilotRootRetrievalParams { with_query_string query_string : ::std::string::String;
    with_data_source data_source : crate ::v1::RetrievalDataSource;
    with_filter_expression filter_expression : ::std::string::String;
    with_resource_metadata resource_metadata : ::std::vec::Vec < ::std::string::String >;
    with_maximum_number_of_results maximum_number_of_results : i32;
    with_data_source_configuration data_source_configuration : crate
    ::v1::DataSourceConfiguration; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotRootRetrievalParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.retrieveCloudPcRecommendationReports`.
/// - `reportType`: `microsoft.graph.cloudPcRecommendationReportType`
/// - `filter`: `Edm.String`
/// - `select`: `Collection(Edm.String)`
/// - `search`: `Edm.String`
/// - `groupBy`: `Collection(Edm.String)`
/// - `orderBy`: `Collection(Edm.String)`
/// - `skip`: `Edm.Int32`
/// - `top`: `Edm.Int32`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcReportRetrieveCloudPcRecommendationReportsParams {
    /// CSDL: property `reportType`: `microsoft.graph.cloudPcRecommendationReportType`, nullable.
    pub report_type: rt::Field<crate::v1::CloudPcRecommendationReportType>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for CloudPcReportRetrieveCloudPcRecommendationReportsParams {
    #[inline]
    fn default() -> Self {
        Self {
            report_type: rt::Field::Absent,
            filter: rt::Field::Absent,
            select: rt::Field::Absent,
            search: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcReportRetrieveCloudPcRecommendationReportsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.retrieveCloudPcRecommendationReports(microsoft.graph.cloudPcReport)";
    const KEYS: &'static [&'static str] = &[
        "reportType",
        "filter",
        "select",
        "search",
        "groupBy",
        "orderBy",
        "skip",
        "top",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"reportType\":                   ",
        ",\"filter\":                       ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retrieveCloudPcRecommendationReports(microsoft.graph.cloudPcReport)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "report_type", &self.report_type);
        v.field(1usize, "filter", &self.filter);
        v.field(2usize, "select", &self.select);
        v.field(3usize, "search", &self.search);
        v.field(4usize, "group_by", &self.group_by);
        v.field(5usize, "order_by", &self.order_by);
        v.field(6usize, "skip", &self.skip);
        v.field(7usize, "top", &self.top);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcReportRetrieveCloudPcRecommendationReportsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.report_type.read_from(r),
            1usize => self.filter.read_from(r),
            2usize => self.select.read_from(r),
            3usize => self.search.read_from(r),
            4usize => self.group_by.read_from(r),
            5usize => self.order_by.read_from(r),
            6usize => self.skip.read_from(r),
            7usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.report_type);
        w.field(1usize, &self.filter);
        w.field(2usize, &self.select);
        w.field(3usize, &self.search);
        w.field(4usize, &self.group_by);
        w.field(5usize, &self.order_by);
        w.field(6usize, &self.skip);
        w.field(7usize, &self.top);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcReportRetrieveCloudPcRecommendationReportsParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcReportRetrieveCloudPcRecommendationReportsParams { with_report_type
    report_type : crate ::v1::CloudPcRecommendationReportType; with_filter filter :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_search search : ::std::string::String; with_group_by group_by :
    ::std::vec::Vec < ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_skip skip : i32; with_top top : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcReportRetrieveCloudPcRecommendationReportsParams);
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
#[derive(Clone)]
pub struct ChatSendActivityNotificationParams {
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
impl ::std::default::Default for ChatSendActivityNotificationParams {
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
impl rt::Object for ChatSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.chat)";
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
        ",\"topic\":                        ",
        ",\"activityType\":                 ",
        ",\"chainId\":                      ",
        ",\"previewText\":                  ",
        ",\"teamsAppId\":                   ",
        ",\"templateParameters\":           ",
        ",\"recipient\":                    ",
        ",\"iconId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "topic", &self.topic);
        v.field(1usize, "activity_type", &self.activity_type);
        v.field(2usize, "chain_id", &self.chain_id);
        v.field(3usize, "preview_text", &self.preview_text);
        v.field(4usize, "teams_app_id", &self.teams_app_id);
        v.field(5usize, "template_parameters", &self.template_parameters);
        v.field(6usize, "recipient", &self.recipient);
        v.field(7usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatSendActivityNotificationParams {
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
rt::impl_object!(ChatSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatSendActivityNotificationParams { with_topic topic : crate
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
rt::impl_serde!(ChatSendActivityNotificationParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.sendDtmfTones`.
/// - `tones`: `Collection(microsoft.graph.tone)`
/// - `delayBetweenTonesMs`: `Edm.Int32`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallSendDtmfTonesParams {
    /// CSDL: property `tones`: `Collection(microsoft.graph.tone)`, not nullable.
    pub tones: rt::Field<::std::vec::Vec<crate::v1::Tone>>,
    /// CSDL: property `delayBetweenTonesMs`: `Edm.Int32`, nullable.
    pub delay_between_tones_ms: rt::Field<i32>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallSendDtmfTonesParams {
    #[inline]
    fn default() -> Self {
        Self {
            tones: rt::Field::Absent,
            delay_between_tones_ms: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallSendDtmfTonesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendDtmfTones(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &[
        "tones",
        "delayBetweenTonesMs",
        "clientContext",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"tones\":                        ",
        ",\"delayBetweenTonesMs\":          ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendDtmfTones(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "tones", &self.tones);
        v.field(1usize, "delay_between_tones_ms", &self.delay_between_tones_ms);
        v.field(2usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallSendDtmfTonesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.tones.read_from(r),
            1usize => self.delay_between_tones_ms.read_from(r),
            2usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.tones);
        w.field(1usize, &self.delay_between_tones_ms);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallSendDtmfTonesParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallSendDtmfTonesParams { with_tones tones : ::std::vec::Vec < crate ::v1::Tone >;
    with_delay_between_tones_ms delay_between_tones_ms : i32; with_client_context
    client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallSendDtmfTonesParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.setReaction`.
/// - `reactionType`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageSetReactionParams {
    /// CSDL: property `reactionType`: `Edm.String`, nullable.
    pub reaction_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageSetReactionParams {
    #[inline]
    fn default() -> Self {
        Self {
            reaction_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageSetReactionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setReaction(microsoft.graph.chatMessage)";
    const KEYS: &'static [&'static str] = &["reactionType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reactionType\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.setReaction(microsoft.graph.chatMessage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reaction_type", &self.reaction_type);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageSetReactionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reaction_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reaction_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageSetReactionParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageSetReactionParams { with_reaction_type reaction_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageSetReactionParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.startMigration`.
/// - `conversationCreationDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelStartMigrationParams {
    /// CSDL: property `conversationCreationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub conversation_creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelStartMigrationParams {
    #[inline]
    fn default() -> Self {
        Self {
            conversation_creation_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelStartMigrationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startMigration(microsoft.graph.channel)";
    const KEYS: &'static [&'static str] = &["conversationCreationDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"conversationCreationDateTime\": "];
    const TAG: &'static str = "\"#microsoft.graph.startMigration(microsoft.graph.channel)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "conversation_creation_date_time",
            &self.conversation_creation_date_time,
        );
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelStartMigrationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conversation_creation_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conversation_creation_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelStartMigrationParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelStartMigrationParams { with_conversation_creation_date_time
    conversation_creation_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelStartMigrationParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.startMigration`.
/// - `conversationCreationDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatStartMigrationParams {
    /// CSDL: property `conversationCreationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub conversation_creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatStartMigrationParams {
    #[inline]
    fn default() -> Self {
        Self {
            conversation_creation_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatStartMigrationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startMigration(microsoft.graph.chat)";
    const KEYS: &'static [&'static str] = &["conversationCreationDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"conversationCreationDateTime\": "];
    const TAG: &'static str = "\"#microsoft.graph.startMigration(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "conversation_creation_date_time",
            &self.conversation_creation_date_time,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatStartMigrationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conversation_creation_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conversation_creation_date_time);
    }
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
rt::impl_object!(ChatStartMigrationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatStartMigrationParams { with_conversation_creation_date_time
    conversation_creation_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatStartMigrationParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.subscribeToTone`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallSubscribeToToneParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallSubscribeToToneParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallSubscribeToToneParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallSubscribeToToneParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallSubscribeToToneParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.transfer`.
/// - `transferTarget`: `microsoft.graph.invitationParticipantInfo`
/// - `transferee`: `microsoft.graph.participantInfo`, optional
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallTransferParams {
    /// CSDL: property `transferTarget`: `microsoft.graph.invitationParticipantInfo`, not nullable.
    pub transfer_target: rt::Field<crate::v1::InvitationParticipantInfo>,
    /// CSDL: property `transferee`: `microsoft.graph.participantInfo`, nullable.
    pub transferee: rt::Field<crate::v1::ParticipantInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallTransferParams {
    #[inline]
    fn default() -> Self {
        Self {
            transfer_target: rt::Field::Absent,
            transferee: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallTransferParams {
    const TYPE_NAME: &'static str = "microsoft.graph.transfer(microsoft.graph.call)";
    const KEYS: &'static [&'static str] = &["transferTarget", "transferee"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"transferTarget\":               ",
        ",\"transferee\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.transfer(microsoft.graph.call)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "transfer_target", &self.transfer_target);
        v.field(1usize, "transferee", &self.transferee);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallTransferParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.transfer_target.read_from(r),
            1usize => self.transferee.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.transfer_target);
        w.field(1usize, &self.transferee);
    }
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
rt::impl_object!(CallTransferParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallTransferParams { with_transfer_target transfer_target : crate
    ::v1::InvitationParticipantInfo; with_transferee transferee : crate
    ::v1::ParticipantInfo; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTransferParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.unhideForUser`.
/// - `user`: `microsoft.graph.teamworkUserIdentity`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatUnhideForUserParams {
    /// CSDL: property `user`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub user: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatUnhideForUserParams {
    #[inline]
    fn default() -> Self {
        Self {
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatUnhideForUserParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unhideForUser(microsoft.graph.chat)";
    const KEYS: &'static [&'static str] = &["user"];
    const KEYS_JSON: &'static [&'static str] = &[",\"user\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.unhideForUser(microsoft.graph.chat)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatUnhideForUserParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user);
    }
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
rt::impl_object!(ChatUnhideForUserParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatUnhideForUserParams { with_user user : crate ::v1::TeamworkUserIdentity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatUnhideForUserParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.unmute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallUnmuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallUnmuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallUnmuteParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallUnmuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallUnmuteParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.unsetReaction`.
/// - `reactionType`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageUnsetReactionParams {
    /// CSDL: property `reactionType`: `Edm.String`, nullable.
    pub reaction_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageUnsetReactionParams {
    #[inline]
    fn default() -> Self {
        Self {
            reaction_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageUnsetReactionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unsetReaction(microsoft.graph.chatMessage)";
    const KEYS: &'static [&'static str] = &["reactionType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reactionType\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.unsetReaction(microsoft.graph.chatMessage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reaction_type", &self.reaction_type);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageUnsetReactionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reaction_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reaction_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageUnsetReactionParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageUnsetReactionParams { with_reaction_type reaction_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageUnsetReactionParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.updateAdDomainPassword`.
/// - `adDomainPassword`: `Edm.String`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams {
    /// CSDL: property `adDomainPassword`: `Edm.String`, nullable.
    pub ad_domain_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams { with_ad_domain_password
    ad_domain_password : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.updateRecordingStatus`.
/// - `status`: `microsoft.graph.recordingStatus`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallUpdateRecordingStatusParams {
    /// CSDL: property `status`: `microsoft.graph.recordingStatus`, not nullable.
    pub status: rt::Field<crate::v1::RecordingStatus>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallUpdateRecordingStatusParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallUpdateRecordingStatusParams { with_status status : crate ::v1::RecordingStatus;
    with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallUpdateRecordingStatusParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.upload`.
/// - `uploadUrl`: `Edm.String`
/// - `sha256FileHash`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CertificateBasedAuthPkiUploadParams {
    /// CSDL: property `uploadUrl`: `Edm.String`, not nullable.
    pub upload_url: rt::Field<::std::string::String>,
    /// CSDL: property `sha256FileHash`: `Edm.String`, not nullable.
    pub sha256_file_hash: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CertificateBasedAuthPkiUploadParams {
    #[inline]
    fn default() -> Self {
        Self {
            upload_url: rt::Field::Absent,
            sha256_file_hash: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CertificateBasedAuthPkiUploadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.upload(microsoft.graph.certificateBasedAuthPki)";
    const KEYS: &'static [&'static str] = &["uploadUrl", "sha256FileHash"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"uploadUrl\":                    ",
        ",\"sha256FileHash\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.upload(microsoft.graph.certificateBasedAuthPki)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "upload_url", &self.upload_url);
        v.field(1usize, "sha256_file_hash", &self.sha256_file_hash);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CertificateBasedAuthPkiUploadParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.upload_url.read_from(r),
            1usize => self.sha256_file_hash.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.upload_url);
        w.field(1usize, &self.sha256_file_hash);
    }
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
rt::impl_object!(CertificateBasedAuthPkiUploadParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CertificateBasedAuthPkiUploadParams { with_upload_url upload_url :
    ::std::string::String; with_sha256_file_hash sha256_file_hash :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateBasedAuthPkiUploadParams);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.validateAuthenticationConfiguration`.
/// - `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`
/// - `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams {
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default
for CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams {
    #[inline]
    fn default() -> Self {
        Self {
            endpoint_configuration: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object
for CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateAuthenticationConfiguration(Collection(microsoft.graph.customAuthenticationExtension))";
    const KEYS: &'static [&'static str] = &[
        "endpointConfiguration",
        "authenticationConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endpointConfiguration\":        ",
        ",\"authenticationConfiguration\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateAuthenticationConfiguration(Collection(microsoft.graph.customAuthenticationExtension))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members
for CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.endpoint_configuration.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.endpoint_configuration);
        w.field(1usize, &self.authentication_configuration);
    }
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
rt::impl_object!(
    CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams {
    with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_authentication_configuration
    authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceCompliancePolicy)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceCompliancePolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyAssignParams {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::v1::DeviceCompliancePolicyAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationAssignParams {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceConfigurationAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::v1::DeviceConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `enrollmentConfigurationAssignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentConfigurationAssignParams {
    /// CSDL: property `enrollmentConfigurationAssignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, nullable.
    pub enrollment_configuration_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            enrollment_configuration_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceEnrollmentConfiguration)";
    const KEYS: &'static [&'static str] = &["enrollmentConfigurationAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enrollmentConfigurationAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceEnrollmentConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "enrollment_configuration_assignments",
            &self.enrollment_configuration_assignments,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enrollment_configuration_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enrollment_configuration_assignments);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentConfigurationAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationAssignParams { with_enrollment_configuration_assignments
    enrollment_configuration_assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationAssignParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.assignSensitivityLabel`.
/// - `sensitivityLabelId`: `Edm.String`
/// - `assignmentMethod`: `microsoft.graph.sensitivityLabelAssignmentMethod`
/// - `justificationText`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemAssignSensitivityLabelParams {
    /// CSDL: property `sensitivityLabelId`: `Edm.String`, nullable.
    pub sensitivity_label_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentMethod`: `microsoft.graph.sensitivityLabelAssignmentMethod`, nullable.
    pub assignment_method: rt::Field<crate::v1::SensitivityLabelAssignmentMethod>,
    /// CSDL: property `justificationText`: `Edm.String`, nullable.
    pub justification_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemAssignSensitivityLabelParams {
    #[inline]
    fn default() -> Self {
        Self {
            sensitivity_label_id: rt::Field::Absent,
            assignment_method: rt::Field::Absent,
            justification_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemAssignSensitivityLabelParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignSensitivityLabel(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "sensitivityLabelId",
        "assignmentMethod",
        "justificationText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sensitivityLabelId\":           ",
        ",\"assignmentMethod\":             ",
        ",\"justificationText\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignSensitivityLabel(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sensitivity_label_id", &self.sensitivity_label_id);
        v.field(1usize, "assignment_method", &self.assignment_method);
        v.field(2usize, "justification_text", &self.justification_text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemAssignSensitivityLabelParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sensitivity_label_id.read_from(r),
            1usize => self.assignment_method.read_from(r),
            2usize => self.justification_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sensitivity_label_id);
        w.field(1usize, &self.assignment_method);
        w.field(2usize, &self.justification_text);
    }
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
rt::impl_object!(DriveItemAssignSensitivityLabelParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemAssignSensitivityLabelParams { with_sensitivity_label_id
    sensitivity_label_id : ::std::string::String; with_assignment_method
    assignment_method : crate ::v1::SensitivityLabelAssignmentMethod;
    with_justification_text justification_text : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemAssignSensitivityLabelParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.checkMemberGroups`.
/// - `groupIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCheckMemberGroupsParams {
    /// CSDL: property `groupIds`: `Collection(Edm.String)`, not nullable.
    pub group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCheckMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["groupIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupIds\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_ids", &self.group_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCheckMemberGroupsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberGroupsParams { with_group_ids group_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberGroupsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.checkMemberObjects`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCheckMemberObjectsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectCheckMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCheckMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.checkMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCheckMemberObjectsParams {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCheckMemberObjectsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCheckMemberObjectsParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.checkin`.
/// - `checkInAs`: `Edm.String`
/// - `comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemCheckinParams {
    /// CSDL: property `checkInAs`: `Edm.String`, nullable.
    pub check_in_as: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemCheckinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCheckinParams { with_check_in_as check_in_as : ::std::string::String;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCheckinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `name`: `Edm.String`
/// - `parentReference`: `microsoft.graph.itemReference`
/// - `childrenOnly`: `Edm.Boolean`, optional
/// - `includeAllVersionHistory`: `Edm.Boolean`, optional
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemCopyParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `childrenOnly`: `Edm.Boolean`, nullable.
    pub children_only: rt::Field<bool>,
    /// CSDL: property `includeAllVersionHistory`: `Edm.Boolean`, nullable.
    pub include_all_version_history: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            children_only: rt::Field::Absent,
            include_all_version_history: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "parentReference",
        "childrenOnly",
        "includeAllVersionHistory",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"childrenOnly\":                 ",
        ",\"includeAllVersionHistory\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "parent_reference", &self.parent_reference);
        v.field(2usize, "children_only", &self.children_only);
        v.field(
            3usize,
            "include_all_version_history",
            &self.include_all_version_history,
        );
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.parent_reference.read_from(r),
            2usize => self.children_only.read_from(r),
            3usize => self.include_all_version_history.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.parent_reference);
        w.field(2usize, &self.children_only);
        w.field(3usize, &self.include_all_version_history);
    }
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
rt::impl_object!(DriveItemCopyParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCopyParams { with_name name : ::std::string::String; with_parent_reference
    parent_reference : crate ::v1::ItemReference; with_children_only children_only :
    bool; with_include_all_version_history include_all_version_history : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCopyParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.createLink`.
/// - `type`: `Edm.String`
/// - `scope`: `Edm.String`
/// - `expirationDateTime`: `Edm.DateTimeOffset`
/// - `password`: `Edm.String`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `retainInheritedPermissions`: `Edm.Boolean`
/// - `sendNotification`: `Edm.Boolean`, optional
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
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
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// CSDL: property `retainInheritedPermissions`: `Edm.Boolean`, nullable.
    pub retain_inherited_permissions: rt::Field<bool>,
    /// CSDL: property `sendNotification`: `Edm.Boolean`, nullable.
    pub send_notification: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
            retain_inherited_permissions: rt::Field::Absent,
            send_notification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemCreateLinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createLink(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "type",
        "scope",
        "expirationDateTime",
        "password",
        "message",
        "recipients",
        "retainInheritedPermissions",
        "sendNotification",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"scope\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"password\":                     ",
        ",\"message\":                      ",
        ",\"recipients\":                   ",
        ",\"retainInheritedPermissions\":   ",
        ",\"sendNotification\":             ",
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
        v.field(
            6usize,
            "retain_inherited_permissions",
            &self.retain_inherited_permissions,
        );
        v.field(7usize, "send_notification", &self.send_notification);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
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
            6usize => self.retain_inherited_permissions.read_from(r),
            7usize => self.send_notification.read_from(r),
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
        w.field(6usize, &self.retain_inherited_permissions);
        w.field(7usize, &self.send_notification);
    }
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
rt::impl_object!(DriveItemCreateLinkParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCreateLinkParams { with_type type_ : ::std::string::String; with_scope scope
    : ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_password password : ::std::string::String; with_message
    message : ::std::string::String; with_recipients recipients : ::std::vec::Vec < crate
    ::v1::DriveRecipient >; with_retain_inherited_permissions
    retain_inherited_permissions : bool; with_send_notification send_notification : bool;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCreateLinkParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `item`: `microsoft.graph.driveItemUploadableProperties`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemCreateUploadSessionParams {
    /// CSDL: property `item`: `microsoft.graph.driveItemUploadableProperties`, nullable.
    pub item: rt::Field<crate::v1::DriveItemUploadableProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemCreateUploadSessionParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemCreateUploadSessionParams { with_item item : crate
    ::v1::DriveItemUploadableProperties; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemCreateUploadSessionParams);
#[cfg(msgraph_v1_domains_or_search)]
/// Parameters of the action `microsoft.graph.forceDelete`.
/// - `disableUserAccounts`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainForceDeleteParams {
    /// CSDL: property `disableUserAccounts`: `Edm.Boolean`, nullable.
    pub disable_user_accounts: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domains_or_search)]
impl ::std::default::Default for DomainForceDeleteParams {
    #[inline]
    fn default() -> Self {
        Self {
            disable_user_accounts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::Object for DomainForceDeleteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forceDelete(microsoft.graph.domain)";
    const KEYS: &'static [&'static str] = &["disableUserAccounts"];
    const KEYS_JSON: &'static [&'static str] = &[",\"disableUserAccounts\":          "];
    const TAG: &'static str = "\"#microsoft.graph.forceDelete(microsoft.graph.domain)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "disable_user_accounts", &self.disable_user_accounts);
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::object::Members for DomainForceDeleteParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_object!(DomainForceDeleteParams);
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_setters!(
    DomainForceDeleteParams { with_disable_user_accounts disable_user_accounts : bool; }
);
#[cfg(msgraph_v1_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainForceDeleteParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getAvailableExtensionProperties`.
/// - `isSyncedFromOnPremises`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    /// CSDL: property `isSyncedFromOnPremises`: `Edm.Boolean`, nullable.
    pub is_synced_from_on_premises: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default
for DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_synced_from_on_premises: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getAvailableExtensionProperties(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["isSyncedFromOnPremises"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isSyncedFromOnPremises\":       "];
    const TAG: &'static str = "\"#microsoft.graph.getAvailableExtensionProperties(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_synced_from_on_premises", &self.is_synced_from_on_premises);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members
for DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_synced_from_on_premises.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_synced_from_on_premises);
    }
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
rt::impl_object!(DirectoryObjectCollectionGetAvailableExtensionPropertiesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetAvailableExtensionPropertiesParams {
    with_is_synced_from_on_premises is_synced_from_on_premises : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetAvailableExtensionPropertiesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getByIds`.
/// - `ids`: `Collection(Edm.String)`
/// - `types`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectCollectionGetByIdsParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, not nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `types`: `Collection(Edm.String)`, nullable.
    pub types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCollectionGetByIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &["ids", "types"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ids\":                          ",
        ",\"types\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getByIds(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
        v.field(1usize, "types", &self.types);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCollectionGetByIdsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCollectionGetByIdsParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; with_types types : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionGetByIdsParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCachedReport`.
/// - `id`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCachedReportParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetCachedReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCachedReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCachedReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCachedReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetCachedReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetCachedReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCachedReportParams { with_id id : ::std::string::String;
    with_select select : ::std::vec::Vec < ::std::string::String >; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCachedReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCompliancePolicyNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCompliancePolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCompliancePolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getCompliancePolicyNonComplianceSummaryReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getCompliancePolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getCompliancePolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getComplianceSettingNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getComplianceSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getComplianceSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetComplianceSettingNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetComplianceSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetComplianceSettingNonComplianceReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetComplianceSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams {
    with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getConfigurationSettingNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getConfigurationSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getConfigurationSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(
    DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams
);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams
    { with_name name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_group_by group_by : ::std::vec::Vec <
    ::std::string::String >; with_order_by order_by : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_skip skip :
    i32; with_top top : i32; with_session_id session_id : ::std::string::String;
    with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams
);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceManagementIntentSettingsReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceManagementIntentSettingsReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceManagementIntentSettingsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDeviceNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDeviceNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDeviceNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDeviceNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetDeviceNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetDeviceNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDeviceNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDeviceNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getDevicesWithoutCompliancePolicyReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getDevicesWithoutCompliancePolicyReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getDevicesWithoutCompliancePolicyReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getHistoricalReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetHistoricalReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetHistoricalReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetHistoricalReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getHistoricalReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getHistoricalReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetHistoricalReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetHistoricalReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetHistoricalReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetHistoricalReportParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getMemberGroups`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectGetMemberGroupsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectGetMemberGroupsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectGetMemberGroupsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":          "];
    const TAG: &'static str = "\"#microsoft.graph.getMemberGroups(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectGetMemberGroupsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberGroupsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberGroupsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getMemberObjects`.
/// - `securityEnabledOnly`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectGetMemberObjectsParams {
    /// CSDL: property `securityEnabledOnly`: `Edm.Boolean`, nullable.
    pub security_enabled_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectGetMemberObjectsParams {
    #[inline]
    fn default() -> Self {
        Self {
            security_enabled_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectGetMemberObjectsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)";
    const KEYS: &'static [&'static str] = &["securityEnabledOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"securityEnabledOnly\":          "];
    const TAG: &'static str = "\"#microsoft.graph.getMemberObjects(microsoft.graph.directoryObject)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "security_enabled_only", &self.security_enabled_only);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectGetMemberObjectsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectGetMemberObjectsParams { with_security_enabled_only
    security_enabled_only : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectGetMemberObjectsParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getNoncompliantDevicesAndSettingsReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getNoncompliantDevicesAndSettingsReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getNoncompliantDevicesAndSettingsReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams { with_name name
    : ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceMetadata`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceMetadata(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceMetadata(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetPolicyNonComplianceMetadataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceMetadataParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceMetadataParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceMetadataParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetPolicyNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetPolicyNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicyNonComplianceSummaryReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getPolicyNonComplianceSummaryReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getReportFilters`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetReportFiltersParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportsGetReportFiltersParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetReportFiltersParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getReportFilters(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getReportFilters(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetReportFiltersParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetReportFiltersParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetReportFiltersParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetReportFiltersParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getSettingNonComplianceReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`, optional
/// - `groupBy`: `Collection(Edm.String)`, optional
/// - `orderBy`: `Collection(Edm.String)`, optional
/// - `search`: `Edm.String`, optional
/// - `skip`: `Edm.Int32`, optional
/// - `top`: `Edm.Int32`, optional
/// - `sessionId`: `Edm.String`, optional
/// - `filter`: `Edm.String`, optional
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsGetSettingNonComplianceReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsGetSettingNonComplianceReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            search: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementReportsGetSettingNonComplianceReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getSettingNonComplianceReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "groupBy",
        "orderBy",
        "search",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"search\":                       ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getSettingNonComplianceReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "group_by", &self.group_by);
        v.field(3usize, "order_by", &self.order_by);
        v.field(4usize, "search", &self.search);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportsGetSettingNonComplianceReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.group_by.read_from(r),
            3usize => self.order_by.read_from(r),
            4usize => self.search.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.group_by);
        w.field(3usize, &self.order_by);
        w.field(4usize, &self.search);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsGetSettingNonComplianceReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsGetSettingNonComplianceReportParams { with_name name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_group_by group_by : ::std::vec::Vec < ::std::string::String >; with_order_by
    order_by : ::std::vec::Vec < ::std::string::String >; with_search search :
    ::std::string::String; with_skip skip : i32; with_top top : i32; with_session_id
    session_id : ::std::string::String; with_filter filter : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsGetSettingNonComplianceReportParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.invite`.
/// - `requireSignIn`: `Edm.Boolean`
/// - `roles`: `Collection(Edm.String)`
/// - `sendInvitation`: `Edm.Boolean`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `retainInheritedPermissions`: `Edm.Boolean`
/// - `expirationDateTime`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
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
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// CSDL: property `retainInheritedPermissions`: `Edm.Boolean`, nullable.
    pub retain_inherited_permissions: rt::Field<bool>,
    /// CSDL: property `expirationDateTime`: `Edm.String`, nullable.
    pub expiration_date_time: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemInviteParams {
    #[inline]
    fn default() -> Self {
        Self {
            require_sign_in: rt::Field::Absent,
            roles: rt::Field::Absent,
            send_invitation: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            retain_inherited_permissions: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemInviteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.invite(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &[
        "requireSignIn",
        "roles",
        "sendInvitation",
        "message",
        "recipients",
        "retainInheritedPermissions",
        "expirationDateTime",
        "password",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"requireSignIn\":                ",
        ",\"roles\":                        ",
        ",\"sendInvitation\":               ",
        ",\"message\":                      ",
        ",\"recipients\":                   ",
        ",\"retainInheritedPermissions\":   ",
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
        v.field(
            5usize,
            "retain_inherited_permissions",
            &self.retain_inherited_permissions,
        );
        v.field(6usize, "expiration_date_time", &self.expiration_date_time);
        v.field(7usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemInviteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.require_sign_in.read_from(r),
            1usize => self.roles.read_from(r),
            2usize => self.send_invitation.read_from(r),
            3usize => self.message.read_from(r),
            4usize => self.recipients.read_from(r),
            5usize => self.retain_inherited_permissions.read_from(r),
            6usize => self.expiration_date_time.read_from(r),
            7usize => self.password.read_from(r),
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
        w.field(5usize, &self.retain_inherited_permissions);
        w.field(6usize, &self.expiration_date_time);
        w.field(7usize, &self.password);
    }
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
rt::impl_object!(DriveItemInviteParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemInviteParams { with_require_sign_in require_sign_in : bool; with_roles roles
    : ::std::vec::Vec < ::std::string::String >; with_send_invitation send_invitation :
    bool; with_message message : ::std::string::String; with_recipients recipients :
    ::std::vec::Vec < crate ::v1::DriveRecipient >; with_retain_inherited_permissions
    retain_inherited_permissions : bool; with_expiration_date_time expiration_date_time :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemInviteParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.preview`.
/// - `page`: `Edm.String`
/// - `zoom`: `Edm.Double`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemPreviewParams {
    /// CSDL: property `page`: `Edm.String`, nullable.
    pub page: rt::Field<::std::string::String>,
    /// CSDL: property `zoom`: `Edm.Double`, nullable.
    pub zoom: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemPreviewParams {
    #[inline]
    fn default() -> Self {
        Self {
            page: rt::Field::Absent,
            zoom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemPreviewParams {
    const TYPE_NAME: &'static str = "microsoft.graph.preview(microsoft.graph.driveItem)";
    const KEYS: &'static [&'static str] = &["page", "zoom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"page\":                         ",
        ",\"zoom\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.preview(microsoft.graph.driveItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "page", &self.page);
        v.field(1usize, "zoom", &self.zoom);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemPreviewParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.page.read_from(r),
            1usize => self.zoom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.page);
        w.field(1usize, &self.zoom);
    }
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
rt::impl_object!(DriveItemPreviewParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemPreviewParams { with_page page : ::std::string::String; with_zoom zoom :
    f64; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemPreviewParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.restore`.
/// - `parentReference`: `microsoft.graph.itemReference`
/// - `name`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemRestoreParams {
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemRestoreParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemRestoreParams { with_parent_reference parent_reference : crate
    ::v1::ItemReference; with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemRestoreParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.retrieveDeviceAppInstallationStatusReport`.
/// - `name`: `Edm.String`
/// - `select`: `Collection(Edm.String)`
/// - `search`: `Edm.String`
/// - `groupBy`: `Collection(Edm.String)`
/// - `orderBy`: `Collection(Edm.String)`
/// - `skip`: `Edm.Int32`
/// - `top`: `Edm.Int32`
/// - `sessionId`: `Edm.String`
/// - `filter`: `Edm.String`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `search`: `Edm.String`, nullable.
    pub search: rt::Field<::std::string::String>,
    /// CSDL: property `groupBy`: `Collection(Edm.String)`, nullable.
    pub group_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `skip`: `Edm.Int32`, nullable.
    pub skip: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            select: rt::Field::Absent,
            search: rt::Field::Absent,
            group_by: rt::Field::Absent,
            order_by: rt::Field::Absent,
            skip: rt::Field::Absent,
            top: rt::Field::Absent,
            session_id: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object
for DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.retrieveDeviceAppInstallationStatusReport(microsoft.graph.deviceManagementReports)";
    const KEYS: &'static [&'static str] = &[
        "name",
        "select",
        "search",
        "groupBy",
        "orderBy",
        "skip",
        "top",
        "sessionId",
        "filter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"select\":                       ",
        ",\"search\":                       ",
        ",\"groupBy\":                      ",
        ",\"orderBy\":                      ",
        ",\"skip\":                         ",
        ",\"top\":                          ",
        ",\"sessionId\":                    ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retrieveDeviceAppInstallationStatusReport(microsoft.graph.deviceManagementReports)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "select", &self.select);
        v.field(2usize, "search", &self.search);
        v.field(3usize, "group_by", &self.group_by);
        v.field(4usize, "order_by", &self.order_by);
        v.field(5usize, "skip", &self.skip);
        v.field(6usize, "top", &self.top);
        v.field(7usize, "session_id", &self.session_id);
        v.field(8usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.select.read_from(r),
            2usize => self.search.read_from(r),
            3usize => self.group_by.read_from(r),
            4usize => self.order_by.read_from(r),
            5usize => self.skip.read_from(r),
            6usize => self.top.read_from(r),
            7usize => self.session_id.read_from(r),
            8usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.select);
        w.field(2usize, &self.search);
        w.field(3usize, &self.group_by);
        w.field(4usize, &self.order_by);
        w.field(5usize, &self.skip);
        w.field(6usize, &self.top);
        w.field(7usize, &self.session_id);
        w.field(8usize, &self.filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams { with_name
    name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_search search : ::std::string::String; with_group_by
    group_by : ::std::vec::Vec < ::std::string::String >; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_skip skip : i32; with_top top : i32;
    with_session_id session_id : ::std::string::String; with_filter filter :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.scheduleActionsForRules`.
/// - `deviceComplianceScheduledActionForRules`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyScheduleActionsForRulesParams {
    /// CSDL: property `deviceComplianceScheduledActionForRules`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, nullable.
    pub device_compliance_scheduled_action_for_rules: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyScheduleActionsForRulesParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_compliance_scheduled_action_for_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicyScheduleActionsForRulesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleActionsForRules(microsoft.graph.deviceCompliancePolicy)";
    const KEYS: &'static [&'static str] = &["deviceComplianceScheduledActionForRules"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceComplianceScheduledActionForRules\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleActionsForRules(microsoft.graph.deviceCompliancePolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_compliance_scheduled_action_for_rules",
            &self.device_compliance_scheduled_action_for_rules,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyScheduleActionsForRulesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_compliance_scheduled_action_for_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_compliance_scheduled_action_for_rules);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyScheduleActionsForRulesParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyScheduleActionsForRulesParams {
    with_device_compliance_scheduled_action_for_rules
    device_compliance_scheduled_action_for_rules : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyScheduleActionsForRulesParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.setPriority`.
/// - `priority`: `Edm.Int32`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentConfigurationSetPriorityParams {
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentConfigurationSetPriorityParams {
    #[inline]
    fn default() -> Self {
        Self {
            priority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentConfigurationSetPriorityParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPriority(microsoft.graph.deviceEnrollmentConfiguration)";
    const KEYS: &'static [&'static str] = &["priority"];
    const KEYS_JSON: &'static [&'static str] = &[",\"priority\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.setPriority(microsoft.graph.deviceEnrollmentConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "priority", &self.priority);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentConfigurationSetPriorityParams {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentConfigurationSetPriorityParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentConfigurationSetPriorityParams { with_priority priority : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfigurationSetPriorityParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.sync`.
/// - `syncType`: `microsoft.graph.deviceManagementExchangeConnectorSyncType`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementExchangeConnectorSyncParams {
    /// CSDL: property `syncType`: `microsoft.graph.deviceManagementExchangeConnectorSyncType`, not nullable.
    pub sync_type: rt::Field<crate::v1::DeviceManagementExchangeConnectorSyncType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeConnectorSyncParams {
    #[inline]
    fn default() -> Self {
        Self {
            sync_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeConnectorSyncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sync(microsoft.graph.deviceManagementExchangeConnector)";
    const KEYS: &'static [&'static str] = &["syncType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"syncType\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.sync(microsoft.graph.deviceManagementExchangeConnector)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sync_type", &self.sync_type);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementExchangeConnectorSyncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sync_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sync_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementExchangeConnectorSyncParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeConnectorSyncParams { with_sync_type sync_type : crate
    ::v1::DeviceManagementExchangeConnectorSyncType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorSyncParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.validatePermission`.
/// - `challengeToken`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemValidatePermissionParams {
    /// CSDL: property `challengeToken`: `Edm.String`, nullable.
    pub challenge_token: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, not nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemValidatePermissionParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemValidatePermissionParams { with_challenge_token challenge_token :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemValidatePermissionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `entityType`: `Edm.String`
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectCollectionValidatePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))";
    const KEYS: &'static [&'static str] = &[
        "entityType",
        "displayName",
        "mailNickname",
        "onBehalfOfUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"entityType\":                   ",
        ",\"displayName\":                  ",
        ",\"mailNickname\":                 ",
        ",\"onBehalfOfUserId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateProperties(Collection(microsoft.graph.directoryObject))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "entity_type", &self.entity_type);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "mail_nickname", &self.mail_nickname);
        v.field(3usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectCollectionValidatePropertiesParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(DirectoryObjectCollectionValidatePropertiesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectCollectionValidatePropertiesParams { with_entity_type entity_type :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_mail_nickname mail_nickname : ::std::string::String; with_on_behalf_of_user_id
    on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectCollectionValidatePropertiesParams);
