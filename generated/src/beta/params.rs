//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
#[doc(inline)]
#[allow(unused_imports)]
pub use ::msgraph_models_beta_ops::beta::params::*;

#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.add`.
/// - `value`: `Collection(microsoft.graph.site)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteCollectionAddParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.site)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::Site>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SiteCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SiteCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.site))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.site))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(SiteCollectionAddParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SiteCollectionAddParams { with_value value : ::std::vec::Vec < crate ::beta::Site >;
    }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollectionAddParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.add`.
/// - `values`: `Collection(microsoft.graph.conversationMember)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationMemberCollectionAddParams {
    /// CSDL: property `values`: `Collection(microsoft.graph.conversationMember)`, nullable.
    pub values: rt::Field<::std::vec::Vec<crate::beta::AnyConversationMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConversationMemberCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConversationMemberCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.conversationMember))";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.conversationMember))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConversationMemberCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
    }
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
rt::impl_object!(ConversationMemberCollectionAddParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConversationMemberCollectionAddParams { with_values values : ::std::vec::Vec < crate
    ::beta::AnyConversationMember >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMemberCollectionAddParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `deviceConfigurationGroupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`
/// - `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationAssignParams {
    /// CSDL: property `deviceConfigurationGroupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, nullable.
    pub device_configuration_group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// CSDL: property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_configuration_group_assignments: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.deviceConfiguration)";
    const KEYS: &'static [&'static str] = &[
        "deviceConfigurationGroupAssignments",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceConfigurationGroupAssignments\":",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.deviceConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_configuration_group_assignments",
            &self.device_configuration_group_assignments,
        );
        v.field(1usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_configuration_group_assignments.read_from(r),
            1usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_configuration_group_assignments);
        w.field(1usize, &self.assignments);
    }
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
rt::impl_object!(DeviceConfigurationAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationAssignParams { with_device_configuration_group_assignments
    device_configuration_group_assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationGroupAssignment >; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationAssignParams);
#[cfg(msgraph_beta_compliance_or_search)]
/// Parameters of the action `microsoft.graph.ediscovery.addToReviewSet`.
/// - `sourceCollection`: `microsoft.graph.ediscovery.sourceCollection`
/// - `additionalData`: `microsoft.graph.ediscovery.additionalDataOptions`
///
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
#[derive(Clone)]
pub struct ReviewSetAddToReviewSetParams {
    /// CSDL: property `sourceCollection`: `microsoft.graph.ediscovery.sourceCollection`, nullable.
    pub source_collection: rt::Field<crate::beta::ediscovery::SourceCollection>,
    /// CSDL: property `additionalData`: `microsoft.graph.ediscovery.additionalDataOptions`, nullable.
    pub additional_data: rt::Field<
        rt::Flags<crate::beta::ediscovery::AdditionalDataOptions>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_compliance_or_search)]
impl ::std::default::Default for ReviewSetAddToReviewSetParams {
    #[inline]
    fn default() -> Self {
        Self {
            source_collection: rt::Field::Absent,
            additional_data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
impl rt::Object for ReviewSetAddToReviewSetParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ediscovery.addToReviewSet(microsoft.graph.ediscovery.reviewSet)";
    const KEYS: &'static [&'static str] = &["sourceCollection", "additionalData"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sourceCollection\":             ",
        ",\"additionalData\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ediscovery.addToReviewSet(microsoft.graph.ediscovery.reviewSet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source_collection", &self.source_collection);
        v.field(1usize, "additional_data", &self.additional_data);
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
impl rt::object::Members for ReviewSetAddToReviewSetParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source_collection.read_from(r),
            1usize => self.additional_data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source_collection);
        w.field(1usize, &self.additional_data);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
rt::impl_object!(ReviewSetAddToReviewSetParams);
#[cfg(msgraph_beta_compliance_or_search)]
rt::impl_setters!(
    ReviewSetAddToReviewSetParams { with_source_collection source_collection : crate
    ::beta::ediscovery::SourceCollection; with_additional_data additional_data :
    rt::Flags < crate ::beta::ediscovery::AdditionalDataOptions >; }
);
#[cfg(msgraph_beta_compliance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReviewSetAddToReviewSetParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.remove`.
/// - `value`: `Collection(microsoft.graph.site)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteCollectionRemoveParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.site)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::Site>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SiteCollectionRemoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SiteCollectionRemoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.remove(Collection(microsoft.graph.site))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.remove(Collection(microsoft.graph.site))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(SiteCollectionRemoveParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SiteCollectionRemoveParams { with_value value : ::std::vec::Vec < crate ::beta::Site
    >; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollectionRemoveParams);
