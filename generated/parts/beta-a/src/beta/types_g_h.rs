//! Types of `microsoft.graph` by the first letters of their names (`g_h`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.geolocationColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GeolocationColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for GeolocationColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for GeolocationColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.geolocationColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.geolocationColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for GeolocationColumn {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(GeolocationColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(GeolocationColumn);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.governanceCriteria`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceCriteria {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for GovernanceCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for GovernanceCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceCriteria";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.governanceCriteria\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for GovernanceCriteria {
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
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_object!(GovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// `microsoft.graph.governanceCriteria` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGovernanceCriteria {
    GovernanceCriteria(::std::boxed::Box<crate::beta::GovernanceCriteria>),
    GroupMembershipGovernanceCriteria(
        ::std::boxed::Box<crate::beta::GroupMembershipGovernanceCriteria>,
    ),
    RoleMembershipGovernanceCriteria(
        ::std::boxed::Box<crate::beta::RoleMembershipGovernanceCriteria>,
    ),
    UserGovernanceCriteria(::std::boxed::Box<crate::beta::UserGovernanceCriteria>),
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for AnyGovernanceCriteria {
    #[inline]
    fn default() -> Self {
        Self::GovernanceCriteria(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceCriteria> for AnyGovernanceCriteria {
    #[inline]
    fn from(v: crate::beta::GovernanceCriteria) -> Self {
        Self::GovernanceCriteria(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupMembershipGovernanceCriteria>
for AnyGovernanceCriteria {
    #[inline]
    fn from(v: crate::beta::GroupMembershipGovernanceCriteria) -> Self {
        Self::GroupMembershipGovernanceCriteria(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleMembershipGovernanceCriteria>
for AnyGovernanceCriteria {
    #[inline]
    fn from(v: crate::beta::RoleMembershipGovernanceCriteria) -> Self {
        Self::RoleMembershipGovernanceCriteria(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserGovernanceCriteria>
for AnyGovernanceCriteria {
    #[inline]
    fn from(v: crate::beta::UserGovernanceCriteria) -> Self {
        Self::UserGovernanceCriteria(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
unsafe impl ::std::marker::Send for AnyGovernanceCriteria {}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
unsafe impl ::std::marker::Sync for AnyGovernanceCriteria {}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::marker::Unpin for AnyGovernanceCriteria {}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::panic::UnwindSafe for AnyGovernanceCriteria {}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::panic::RefUnwindSafe for AnyGovernanceCriteria {}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::GovernanceCriteria>();
    rt::object::auto_traits::<crate::beta::GroupMembershipGovernanceCriteria>();
    rt::object::auto_traits::<crate::beta::RoleMembershipGovernanceCriteria>();
    rt::object::auto_traits::<crate::beta::UserGovernanceCriteria>();
};
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Poly for AnyGovernanceCriteria {
    const BASE_NAME: &'static str = "microsoft.graph.governanceCriteria";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.groupMembershipGovernanceCriteria",
            ) => Self::GroupMembershipGovernanceCriteria(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.roleMembershipGovernanceCriteria",
            ) => Self::RoleMembershipGovernanceCriteria(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.userGovernanceCriteria") => {
                Self::UserGovernanceCriteria(rt::object::new_boxed())
            }
            _ => Self::GovernanceCriteria(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GovernanceCriteria(v) => &**v,
            Self::GroupMembershipGovernanceCriteria(v) => &**v,
            Self::RoleMembershipGovernanceCriteria(v) => &**v,
            Self::UserGovernanceCriteria(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GovernanceCriteria(v) => &mut **v,
            Self::GroupMembershipGovernanceCriteria(v) => &mut **v,
            Self::RoleMembershipGovernanceCriteria(v) => &mut **v,
            Self::UserGovernanceCriteria(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl AnyGovernanceCriteria {
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
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_poly!(AnyGovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.governanceNotificationPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceNotificationPolicy {
    /// CSDL: property `enabledTemplateTypes`: `Collection(Edm.String)`, nullable.
    pub enabled_template_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `notificationTemplates`: `Collection(microsoft.graph.governanceNotificationTemplate)`, nullable.
    pub notification_templates: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceNotificationTemplate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for GovernanceNotificationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            enabled_template_types: rt::Field::Absent,
            notification_templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for GovernanceNotificationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceNotificationPolicy";
    const KEYS: &'static [&'static str] = &[
        "enabledTemplateTypes",
        "notificationTemplates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enabledTemplateTypes\":         ",
        ",\"notificationTemplates\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceNotificationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enabled_template_types", &self.enabled_template_types);
        v.field(1usize, "notification_templates", &self.notification_templates);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for GovernanceNotificationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enabled_template_types.read_from(r),
            1usize => self.notification_templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enabled_template_types);
        w.field(1usize, &self.notification_templates);
    }
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
rt::impl_object!(GovernanceNotificationPolicy);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    GovernanceNotificationPolicy { with_enabled_template_types enabled_template_types :
    ::std::vec::Vec < ::std::string::String >; with_notification_templates
    notification_templates : ::std::vec::Vec < crate
    ::beta::GovernanceNotificationTemplate >; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceNotificationPolicy);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.governanceNotificationTemplate`, complex type.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceNotificationTemplate {
    /// CSDL: property `culture`: `Edm.String`, nullable.
    pub culture: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for GovernanceNotificationTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            culture: rt::Field::Absent,
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            type_: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for GovernanceNotificationTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceNotificationTemplate";
    const KEYS: &'static [&'static str] = &[
        "culture",
        "id",
        "source",
        "type",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"culture\":                      ",
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"type\":                         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceNotificationTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "culture", &self.culture);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "source", &self.source);
        v.field(3usize, "type_", &self.type_);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for GovernanceNotificationTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.culture.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.source.read_from(r),
            3usize => self.type_.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.culture);
        w.field(1usize, &self.id);
        w.field(2usize, &self.source);
        w.field(3usize, &self.type_);
        w.field(4usize, &self.version);
    }
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
rt::impl_object!(GovernanceNotificationTemplate);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    GovernanceNotificationTemplate { with_culture culture : ::std::string::String;
    with_id id : ::std::string::String; with_source source : ::std::string::String;
    with_type type_ : ::std::string::String; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceNotificationTemplate);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.governancePermission`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct GovernancePermission {
    /// CSDL: property `accessLevel`: `Edm.String`, nullable.
    pub access_level: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `isEligible`: `Edm.Boolean`, nullable.
    pub is_eligible: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for GovernancePermission {
    #[inline]
    fn default() -> Self {
        Self {
            access_level: rt::Field::Absent,
            is_active: rt::Field::Absent,
            is_eligible: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for GovernancePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.governancePermission";
    const KEYS: &'static [&'static str] = &["accessLevel", "isActive", "isEligible"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessLevel\":                  ",
        ",\"isActive\":                     ",
        ",\"isEligible\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governancePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_level", &self.access_level);
        v.field(1usize, "is_active", &self.is_active);
        v.field(2usize, "is_eligible", &self.is_eligible);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for GovernancePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_level.read_from(r),
            1usize => self.is_active.read_from(r),
            2usize => self.is_eligible.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_level);
        w.field(1usize, &self.is_active);
        w.field(2usize, &self.is_eligible);
    }
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
rt::impl_object!(GovernancePermission);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    GovernancePermission { with_access_level access_level : ::std::string::String;
    with_is_active is_active : bool; with_is_eligible is_eligible : bool; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernancePermission);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.governancePolicy`, complex type.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct GovernancePolicy {
    /// CSDL: property `decisionMakerCriteria`: `Collection(microsoft.graph.governanceCriteria)`, nullable.
    pub decision_maker_criteria: rt::Field<
        ::std::vec::Vec<crate::beta::AnyGovernanceCriteria>,
    >,
    /// CSDL: property `notificationPolicy`: `microsoft.graph.governanceNotificationPolicy`, nullable.
    pub notification_policy: rt::Field<crate::beta::GovernanceNotificationPolicy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for GovernancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            decision_maker_criteria: rt::Field::Absent,
            notification_policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for GovernancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.governancePolicy";
    const KEYS: &'static [&'static str] = &[
        "decisionMakerCriteria",
        "notificationPolicy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decisionMakerCriteria\":        ",
        ",\"notificationPolicy\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decision_maker_criteria", &self.decision_maker_criteria);
        v.field(1usize, "notification_policy", &self.notification_policy);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for GovernancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decision_maker_criteria.read_from(r),
            1usize => self.notification_policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decision_maker_criteria);
        w.field(1usize, &self.notification_policy);
    }
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
rt::impl_object!(GovernancePolicy);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    GovernancePolicy { with_decision_maker_criteria decision_maker_criteria :
    ::std::vec::Vec < crate ::beta::AnyGovernanceCriteria >; with_notification_policy
    notification_policy : crate ::beta::GovernanceNotificationPolicy; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernancePolicy);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.governancePolicyTemplate`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`GovernancePolicyTemplatePath`](requests/trait.GovernancePolicyTemplatePath.html), what a path to one (`EntityPath<GovernancePolicyTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct GovernancePolicyTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `policy`: `microsoft.graph.governancePolicy`, nullable.
    pub policy: rt::Field<crate::beta::GovernancePolicy>,
    /// CSDL: property `settings`: `microsoft.graph.businessFlowSettings`, nullable.
    pub settings: rt::Field<crate::beta::BusinessFlowSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for GovernancePolicyTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            policy: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for GovernancePolicyTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.governancePolicyTemplate";
    const KEYS: &'static [&'static str] = &["id", "displayName", "policy", "settings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"policy\":                       ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governancePolicyTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "policy", &self.policy);
        v.field(3usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for GovernancePolicyTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.policy.read_from(r),
            3usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.policy);
        w.field(3usize, &self.settings);
    }
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
rt::impl_object!(GovernancePolicyTemplate);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    GovernancePolicyTemplate { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_policy policy : crate
    ::beta::GovernancePolicy; with_settings settings : crate
    ::beta::BusinessFlowSettings; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernancePolicyTemplate);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.groupAccessType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupAccessType {
    /// `none` (value 0).
    None,
    /// `private` (value 1).
    Private,
    /// `secret` (value 2).
    Secret,
    /// `public` (value 3).
    Public,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for GroupAccessType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupAccessType";
    const MEMBERS: &'static [&'static str] = &["none", "private", "secret", "public"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "private" => Self::Private,
                "secret" => Self::Secret,
                "public" => Self::Public,
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
            Self::Private => "private",
            Self::Secret => "secret",
            Self::Public => "public",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(GroupAccessType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAccessType);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.groupMembers`, complex type, derived from `microsoft.graph.userSet`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct GroupMembers {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for GroupMembers {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            description: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for GroupMembers {
    const TYPE_NAME: &'static str = "microsoft.graph.groupMembers";
    const KEYS: &'static [&'static str] = &["isBackup", "description", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isBackup\":                     ",
        ",\"description\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupMembers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for GroupMembers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
        w.field(1usize, &self.description);
        w.field(2usize, &self.id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(GroupMembers);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    GroupMembers { with_is_backup is_backup : bool; with_description description :
    ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupMembers);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.groupMembershipGovernanceCriteria`, complex type, derived from `microsoft.graph.governanceCriteria`.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct GroupMembershipGovernanceCriteria {
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for GroupMembershipGovernanceCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for GroupMembershipGovernanceCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.groupMembershipGovernanceCriteria";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.groupMembershipGovernanceCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for GroupMembershipGovernanceCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
    }
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
rt::impl_object!(GroupMembershipGovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    GroupMembershipGovernanceCriteria { with_group_id group_id : ::std::string::String; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupMembershipGovernanceCriteria);
#[cfg(msgraph_beta_device_management_or_search)]
/// The category entity stores the category of a group policy definition
///
/// CSDL: `microsoft.graph.groupPolicyCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyCategoryPath`](requests/trait.GroupPolicyCategoryPath.html), what a path to one (`EntityPath<GroupPolicyCategory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The string id of the category's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Defines if the category is a root category
    ///
    /// CSDL: property `isRoot`: `Edm.Boolean`, not nullable.
    pub is_root: rt::Field<bool>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The children categories
    ///
    /// CSDL: navigation property `children`: `Collection(microsoft.graph.groupPolicyCategory)`, not nullable.
    pub children: rt::Field<::std::vec::Vec<crate::beta::GroupPolicyCategory>>,
    /// The id of the definition file the category came from
    ///
    /// CSDL: navigation property `definitionFile`: `microsoft.graph.groupPolicyDefinitionFile`, nullable.
    pub definition_file: rt::Field<crate::beta::AnyGroupPolicyDefinitionFile>,
    /// The immediate GroupPolicyDefinition children of the category
    ///
    /// CSDL: navigation property `definitions`: `Collection(microsoft.graph.groupPolicyDefinition)`, not nullable.
    pub definitions: rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinition>>,
    /// The parent category
    ///
    /// CSDL: navigation property `parent`: `microsoft.graph.groupPolicyCategory`, nullable.
    pub parent: rt::Field<::std::boxed::Box<crate::beta::GroupPolicyCategory>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_root: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            children: rt::Field::Absent,
            definition_file: rt::Field::Absent,
            definitions: rt::Field::Absent,
            parent: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isRoot",
        "lastModifiedDateTime",
        "children",
        "definitionFile",
        "definitions",
        "parent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isRoot\":                       ",
        ",\"lastModifiedDateTime\":         ",
        ",\"children\":                     ",
        ",\"definitionFile\":               ",
        ",\"definitions\":                  ",
        ",\"parent\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_root", &self.is_root);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "children", &self.children);
        v.field(5usize, "definition_file", &self.definition_file);
        v.field(6usize, "definitions", &self.definitions);
        v.field(7usize, "parent", &self.parent);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_root.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.children.read_from(r),
            5usize => self.definition_file.read_from(r),
            6usize => self.definitions.read_from(r),
            7usize => self.parent.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_root);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.children);
        w.field(5usize, &self.definition_file);
        w.field(6usize, &self.definitions);
        w.field(7usize, &self.parent);
    }
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
rt::impl_object!(GroupPolicyCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_boxed!(GroupPolicyCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_is_root is_root : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_children children : ::std::vec::Vec < crate ::beta::GroupPolicyCategory >;
    with_definition_file definition_file : crate ::beta::AnyGroupPolicyDefinitionFile;
    with_definitions definitions : ::std::vec::Vec < crate ::beta::GroupPolicyDefinition
    >; with_parent parent : ::std::boxed::Box < crate ::beta::GroupPolicyCategory >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// The group policy configuration entity contains the configured values for one or more group policy definitions.
///
/// CSDL: `microsoft.graph.groupPolicyConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyConfigurationPath`](requests/trait.GroupPolicyConfigurationPath.html), what a path to one (`EntityPath<GroupPolicyConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User provided description for the resource object.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// User provided name for the resource object.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The list of scope tags for the configuration.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The list of group assignments for the configuration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.groupPolicyConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyConfigurationAssignment>,
    >,
    /// The list of enabled or disabled group policy definition values for the configuration.
    ///
    /// CSDL: containment navigation property `definitionValues`: `Collection(microsoft.graph.groupPolicyDefinitionValue)`, not nullable.
    pub definition_values: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyDefinitionValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            assignments: rt::Field::Absent,
            definition_values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "assignments",
        "definitionValues",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"assignments\":                  ",
        ",\"definitionValues\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "assignments", &self.assignments);
        v.field(7usize, "definition_values", &self.definition_values);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.definition_values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.definition_values);
    }
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
rt::impl_object!(GroupPolicyConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::GroupPolicyConfigurationAssignment >; with_definition_values
    definition_values : ::std::vec::Vec < crate ::beta::GroupPolicyDefinitionValue >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// The group policy configuration assignment entity assigns one or more AAD groups to a specific group policy configuration.
///
/// CSDL: `microsoft.graph.groupPolicyConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyConfigurationAssignmentPath`](requests/trait.GroupPolicyConfigurationAssignmentPath.html), what a path to one (`EntityPath<GroupPolicyConfigurationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The type of groups targeted the group policy configuration.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "lastModifiedDateTime", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyConfigurationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_date_time);
        w.field(2usize, &self.target);
    }
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
rt::impl_object!(GroupPolicyConfigurationAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyConfigurationAssignment { with_id id : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyConfigurationAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyConfigurationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyConfigurationType {
    /// `policy` (value 0).
    Policy,
    /// `preference` (value 1).
    Preference,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyConfigurationType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyConfigurationType";
    const MEMBERS: &'static [&'static str] = &["policy", "preference"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "policy" => Self::Policy,
                "preference" => Self::Preference,
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
            Self::Policy => "policy",
            Self::Preference => "preference",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyConfigurationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyConfigurationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity describes all of the information about a single group policy.
///
/// CSDL: `microsoft.graph.groupPolicyDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyDefinitionPath`](requests/trait.GroupPolicyDefinitionPath.html), what a path to one (`EntityPath<GroupPolicyDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The localized full category path for the policy.
    ///
    /// CSDL: property `categoryPath`: `Edm.String`, nullable.
    pub category_path: rt::Field<::std::string::String>,
    /// Identifies the type of groups the policy can be applied to.
    ///
    /// CSDL: property `classType`: `microsoft.graph.groupPolicyDefinitionClassType`, not nullable.
    pub class_type: rt::Field<crate::beta::GroupPolicyDefinitionClassType>,
    /// The localized policy name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The localized explanation or help text associated with the policy. The default value is empty.
    ///
    /// CSDL: property `explainText`: `Edm.String`, nullable.
    pub explain_text: rt::Field<::std::string::String>,
    /// The category id of the parent category
    ///
    /// CSDL: property `groupPolicyCategoryId`: `Edm.Guid`, not nullable.
    pub group_policy_category_id: rt::Field<rt::edm::Guid>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Specifies the type of group policy.
    ///
    /// CSDL: property `policyType`: `microsoft.graph.groupPolicyType`, not nullable.
    pub policy_type: rt::Field<crate::beta::GroupPolicyType>,
    /// Localized string used to specify what operating system or application version is affected by the policy.
    ///
    /// CSDL: property `supportedOn`: `Edm.String`, nullable.
    pub supported_on: rt::Field<::std::string::String>,
    /// The group policy category associated with the definition.
    ///
    /// CSDL: navigation property `category`: `microsoft.graph.groupPolicyCategory`, nullable.
    pub category: rt::Field<crate::beta::GroupPolicyCategory>,
    /// The group policy file associated with the definition.
    ///
    /// CSDL: navigation property `definitionFile`: `microsoft.graph.groupPolicyDefinitionFile`, nullable.
    pub definition_file: rt::Field<crate::beta::AnyGroupPolicyDefinitionFile>,
    /// The group policy presentations associated with the definition.
    ///
    /// CSDL: containment navigation property `presentations`: `Collection(microsoft.graph.groupPolicyPresentation)`, not nullable.
    pub presentations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyGroupPolicyPresentation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category_path: rt::Field::Absent,
            class_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            explain_text: rt::Field::Absent,
            group_policy_category_id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            policy_type: rt::Field::Absent,
            supported_on: rt::Field::Absent,
            category: rt::Field::Absent,
            definition_file: rt::Field::Absent,
            presentations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categoryPath",
        "classType",
        "displayName",
        "explainText",
        "groupPolicyCategoryId",
        "lastModifiedDateTime",
        "policyType",
        "supportedOn",
        "category",
        "definitionFile",
        "presentations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categoryPath\":                 ",
        ",\"classType\":                    ",
        ",\"displayName\":                  ",
        ",\"explainText\":                  ",
        ",\"groupPolicyCategoryId\":        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"policyType\":                   ",
        ",\"supportedOn\":                  ",
        ",\"category\":                     ",
        ",\"definitionFile\":               ",
        ",\"presentations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category_path", &self.category_path);
        v.field(2usize, "class_type", &self.class_type);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "explain_text", &self.explain_text);
        v.field(5usize, "group_policy_category_id", &self.group_policy_category_id);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "policy_type", &self.policy_type);
        v.field(8usize, "supported_on", &self.supported_on);
        v.field(9usize, "category", &self.category);
        v.field(10usize, "definition_file", &self.definition_file);
        v.field(11usize, "presentations", &self.presentations);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category_path.read_from(r),
            2usize => self.class_type.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.explain_text.read_from(r),
            5usize => self.group_policy_category_id.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.policy_type.read_from(r),
            8usize => self.supported_on.read_from(r),
            9usize => self.category.read_from(r),
            10usize => self.definition_file.read_from(r),
            11usize => self.presentations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category_path);
        w.field(2usize, &self.class_type);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.explain_text);
        w.field(5usize, &self.group_policy_category_id);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.policy_type);
        w.field(8usize, &self.supported_on);
        w.field(9usize, &self.category);
        w.field(10usize, &self.definition_file);
        w.field(11usize, &self.presentations);
    }
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
rt::impl_object!(GroupPolicyDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyDefinition { with_id id : ::std::string::String; with_category_path
    category_path : ::std::string::String; with_class_type class_type : crate
    ::beta::GroupPolicyDefinitionClassType; with_display_name display_name :
    ::std::string::String; with_explain_text explain_text : ::std::string::String;
    with_group_policy_category_id group_policy_category_id : rt::edm::Guid;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_policy_type policy_type : crate ::beta::GroupPolicyType; with_supported_on
    supported_on : ::std::string::String; with_category category : crate
    ::beta::GroupPolicyCategory; with_definition_file definition_file : crate
    ::beta::AnyGroupPolicyDefinitionFile; with_presentations presentations :
    ::std::vec::Vec < crate ::beta::AnyGroupPolicyPresentation >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyDefinitionClassType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyDefinitionClassType {
    /// `user` (value 0).
    User,
    /// `machine` (value 1).
    Machine,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyDefinitionClassType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyDefinitionClassType";
    const MEMBERS: &'static [&'static str] = &["user", "machine"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "machine" => Self::Machine,
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
            Self::Machine => "machine",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyDefinitionClassType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyDefinitionClassType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents an ADMX (Administrative Template) XML file. The ADMX file contains a collection of group policy definitions and their locations by category path. The group policy definition file also contains the languages supported as determined by the language dependent ADML (Administrative Template) language files.
///
/// CSDL: `microsoft.graph.groupPolicyDefinitionFile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyDefinitionFilePath`](requests/trait.GroupPolicyDefinitionFilePath.html), what a path to one (`EntityPath<AnyGroupPolicyDefinitionFile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyDefinitionFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The localized description of the policy settings in the ADMX file. The default value is empty.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The localized friendly name of the ADMX file.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The supported language codes for the ADMX file.
    ///
    /// CSDL: property `languageCodes`: `Collection(Edm.String)`, nullable.
    pub language_codes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Specifies the type of group policy.
    ///
    /// CSDL: property `policyType`: `microsoft.graph.groupPolicyType`, not nullable.
    pub policy_type: rt::Field<crate::beta::GroupPolicyType>,
    /// The revision version associated with the file.
    ///
    /// CSDL: property `revision`: `Edm.String`, nullable.
    pub revision: rt::Field<::std::string::String>,
    /// Specifies the URI used to identify the namespace within the ADMX file.
    ///
    /// CSDL: property `targetNamespace`: `Edm.String`, nullable.
    pub target_namespace: rt::Field<::std::string::String>,
    /// Specifies the logical name that refers to the namespace within the ADMX file.
    ///
    /// CSDL: property `targetPrefix`: `Edm.String`, nullable.
    pub target_prefix: rt::Field<::std::string::String>,
    /// The group policy definitions associated with the file.
    ///
    /// CSDL: navigation property `definitions`: `Collection(microsoft.graph.groupPolicyDefinition)`, not nullable.
    pub definitions: rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyDefinitionFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            language_codes: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            policy_type: rt::Field::Absent,
            revision: rt::Field::Absent,
            target_namespace: rt::Field::Absent,
            target_prefix: rt::Field::Absent,
            definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyDefinitionFile {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyDefinitionFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "languageCodes",
        "lastModifiedDateTime",
        "policyType",
        "revision",
        "targetNamespace",
        "targetPrefix",
        "definitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"languageCodes\":                ",
        ",\"lastModifiedDateTime\":         ",
        ",\"policyType\":                   ",
        ",\"revision\":                     ",
        ",\"targetNamespace\":              ",
        ",\"targetPrefix\":                 ",
        ",\"definitions\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyDefinitionFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "language_codes", &self.language_codes);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "policy_type", &self.policy_type);
        v.field(6usize, "revision", &self.revision);
        v.field(7usize, "target_namespace", &self.target_namespace);
        v.field(8usize, "target_prefix", &self.target_prefix);
        v.field(9usize, "definitions", &self.definitions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyDefinitionFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.language_codes.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.policy_type.read_from(r),
            6usize => self.revision.read_from(r),
            7usize => self.target_namespace.read_from(r),
            8usize => self.target_prefix.read_from(r),
            9usize => self.definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.language_codes);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.policy_type);
        w.field(6usize, &self.revision);
        w.field(7usize, &self.target_namespace);
        w.field(8usize, &self.target_prefix);
        w.field(9usize, &self.definitions);
    }
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
rt::impl_object!(GroupPolicyDefinitionFile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyDefinitionFile { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_language_codes language_codes : ::std::vec::Vec <
    ::std::string::String >; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_policy_type policy_type : crate
    ::beta::GroupPolicyType; with_revision revision : ::std::string::String;
    with_target_namespace target_namespace : ::std::string::String; with_target_prefix
    target_prefix : ::std::string::String; with_definitions definitions : ::std::vec::Vec
    < crate ::beta::GroupPolicyDefinition >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyDefinitionFile);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.groupPolicyDefinitionFile` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGroupPolicyDefinitionFile {
    GroupPolicyDefinitionFile(::std::boxed::Box<crate::beta::GroupPolicyDefinitionFile>),
    GroupPolicyUploadedDefinitionFile(
        ::std::boxed::Box<crate::beta::GroupPolicyUploadedDefinitionFile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyGroupPolicyDefinitionFile {
    #[inline]
    fn default() -> Self {
        Self::GroupPolicyDefinitionFile(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyDefinitionFile>
for AnyGroupPolicyDefinitionFile {
    #[inline]
    fn from(v: crate::beta::GroupPolicyDefinitionFile) -> Self {
        Self::GroupPolicyDefinitionFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyUploadedDefinitionFile>
for AnyGroupPolicyDefinitionFile {
    #[inline]
    fn from(v: crate::beta::GroupPolicyUploadedDefinitionFile) -> Self {
        Self::GroupPolicyUploadedDefinitionFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyGroupPolicyDefinitionFile {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyGroupPolicyDefinitionFile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyGroupPolicyDefinitionFile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyGroupPolicyDefinitionFile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyGroupPolicyDefinitionFile {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::GroupPolicyDefinitionFile>();
    rt::object::auto_traits::<crate::beta::GroupPolicyUploadedDefinitionFile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyGroupPolicyDefinitionFile {
    const BASE_NAME: &'static str = "microsoft.graph.groupPolicyDefinitionFile";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyUploadedDefinitionFile",
            ) => Self::GroupPolicyUploadedDefinitionFile(rt::object::new_boxed()),
            _ => Self::GroupPolicyDefinitionFile(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &**v,
            Self::GroupPolicyUploadedDefinitionFile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut **v,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyGroupPolicyDefinitionFile {
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
            Self::GroupPolicyDefinitionFile(v) => &v.id,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.id,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.id,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.description,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.description,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.display_name,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.display_name,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.display_name,
        }
    }
    /// `languageCodes` of any variant.
    #[inline]
    pub fn language_codes(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.language_codes,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.language_codes,
        }
    }
    /// `languageCodes` of any variant.
    #[inline]
    pub fn language_codes_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.language_codes,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.language_codes,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.last_modified_date_time,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `policyType` of any variant.
    #[inline]
    pub fn policy_type(&self) -> &rt::Field<crate::beta::GroupPolicyType> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.policy_type,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.policy_type,
        }
    }
    /// `policyType` of any variant.
    #[inline]
    pub fn policy_type_mut(&mut self) -> &mut rt::Field<crate::beta::GroupPolicyType> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.policy_type,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.policy_type,
        }
    }
    /// `revision` of any variant.
    #[inline]
    pub fn revision(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.revision,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.revision,
        }
    }
    /// `revision` of any variant.
    #[inline]
    pub fn revision_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.revision,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.revision,
        }
    }
    /// `targetNamespace` of any variant.
    #[inline]
    pub fn target_namespace(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.target_namespace,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.target_namespace,
        }
    }
    /// `targetNamespace` of any variant.
    #[inline]
    pub fn target_namespace_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.target_namespace,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.target_namespace,
        }
    }
    /// `targetPrefix` of any variant.
    #[inline]
    pub fn target_prefix(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.target_prefix,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.target_prefix,
        }
    }
    /// `targetPrefix` of any variant.
    #[inline]
    pub fn target_prefix_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.target_prefix,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.target_prefix,
        }
    }
    /// `definitions` of any variant.
    #[inline]
    pub fn definitions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinition>> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &v.definitions,
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.definitions,
        }
    }
    /// `definitions` of any variant.
    #[inline]
    pub fn definitions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinition>> {
        match self {
            Self::GroupPolicyDefinitionFile(v) => &mut v.definitions,
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.definitions,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyGroupPolicyDefinitionFile);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGroupPolicyDefinitionFile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The definition value entity stores the value for a single group policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyDefinitionValue`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyDefinitionValuePath`](requests/trait.GroupPolicyDefinitionValuePath.html), what a path to one (`EntityPath<GroupPolicyDefinitionValue, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyDefinitionValue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Specifies how the value should be configured. This can be either as a Policy or as a Preference.
    ///
    /// CSDL: property `configurationType`: `microsoft.graph.groupPolicyConfigurationType`, not nullable.
    pub configuration_type: rt::Field<crate::beta::GroupPolicyConfigurationType>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Enables or disables the associated group policy definition.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The associated group policy definition with the value.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// The associated group policy presentation values with the definition value.
    ///
    /// CSDL: containment navigation property `presentationValues`: `Collection(microsoft.graph.groupPolicyPresentationValue)`, not nullable.
    pub presentation_values: rt::Field<
        ::std::vec::Vec<crate::beta::AnyGroupPolicyPresentationValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyDefinitionValue {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            enabled: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            presentation_values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyDefinitionValue {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyDefinitionValue";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationType",
        "createdDateTime",
        "enabled",
        "lastModifiedDateTime",
        "definition",
        "presentationValues",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationType\":            ",
        ",\"createdDateTime\":              ",
        ",\"enabled\":                      ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"presentationValues\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyDefinitionValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_type", &self.configuration_type);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "enabled", &self.enabled);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "definition", &self.definition);
        v.field(6usize, "presentation_values", &self.presentation_values);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyDefinitionValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_type.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.enabled.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.definition.read_from(r),
            6usize => self.presentation_values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_type);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.enabled);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.definition);
        w.field(6usize, &self.presentation_values);
    }
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
rt::impl_object!(GroupPolicyDefinitionValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyDefinitionValue { with_id id : ::std::string::String;
    with_configuration_type configuration_type : crate
    ::beta::GroupPolicyConfigurationType; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_enabled enabled : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_presentation_values presentation_values :
    ::std::vec::Vec < crate ::beta::AnyGroupPolicyPresentationValue >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyDefinitionValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyMigrationReadiness`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyMigrationReadiness {
    /// `none` (value 1).
    None,
    /// `partial` (value 2).
    Partial,
    /// `complete` (value 3).
    Complete,
    /// `error` (value 4).
    Error,
    /// `notApplicable` (value 5).
    NotApplicable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyMigrationReadiness {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyMigrationReadiness";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "partial",
        "complete",
        "error",
        "notApplicable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "partial" => Self::Partial,
                "complete" => Self::Complete,
                "error" => Self::Error,
                "notApplicable" => Self::NotApplicable,
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
            Self::Partial => "partial",
            Self::Complete => "complete",
            Self::Error => "error",
            Self::NotApplicable => "notApplicable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyMigrationReadiness);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyMigrationReadiness);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Group Policy migration report.
///
/// CSDL: `microsoft.graph.groupPolicyMigrationReport`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyMigrationReportPath`](requests/trait.GroupPolicyMigrationReportPath.html), what a path to one (`EntityPath<GroupPolicyMigrationReport, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyMigrationReport {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time at which the GroupPolicyMigrationReport was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The name of Group Policy Object from the GPO Xml Content
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The date and time at which the GroupPolicyMigrationReport was created.
    ///
    /// CSDL: property `groupPolicyCreatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub group_policy_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time at which the GroupPolicyMigrationReport was last modified.
    ///
    /// CSDL: property `groupPolicyLastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub group_policy_last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Group Policy Object GUID from GPO Xml content
    ///
    /// CSDL: property `groupPolicyObjectId`: `Edm.Guid`, not nullable.
    pub group_policy_object_id: rt::Field<rt::edm::Guid>,
    /// The date and time at which the GroupPolicyMigrationReport was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Intune coverage for the associated Group Policy Object file.
    ///
    /// CSDL: property `migrationReadiness`: `microsoft.graph.groupPolicyMigrationReadiness`, not nullable.
    pub migration_readiness: rt::Field<crate::beta::GroupPolicyMigrationReadiness>,
    /// The distinguished name of the OU.
    ///
    /// CSDL: property `ouDistinguishedName`: `Edm.String`, nullable.
    pub ou_distinguished_name: rt::Field<::std::string::String>,
    /// The number of Group Policy Settings supported by Intune.
    ///
    /// CSDL: property `supportedSettingsCount`: `Edm.Int32`, not nullable.
    pub supported_settings_count: rt::Field<i32>,
    /// The Percentage of Group Policy Settings supported by Intune.
    ///
    /// CSDL: property `supportedSettingsPercent`: `Edm.Int32`, not nullable.
    pub supported_settings_percent: rt::Field<i32>,
    /// The Targeted in AD property from GPO Xml Content
    ///
    /// CSDL: property `targetedInActiveDirectory`: `Edm.Boolean`, not nullable.
    pub targeted_in_active_directory: rt::Field<bool>,
    /// The total number of Group Policy Settings from GPO file.
    ///
    /// CSDL: property `totalSettingsCount`: `Edm.Int32`, not nullable.
    pub total_settings_count: rt::Field<i32>,
    /// A list of group policy settings to MDM/Intune mappings.
    ///
    /// CSDL: containment navigation property `groupPolicySettingMappings`: `Collection(microsoft.graph.groupPolicySettingMapping)`, not nullable.
    pub group_policy_setting_mappings: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicySettingMapping>,
    >,
    /// A list of unsupported group policy extensions inside the Group Policy Object.
    ///
    /// CSDL: containment navigation property `unsupportedGroupPolicyExtensions`: `Collection(microsoft.graph.unsupportedGroupPolicyExtension)`, not nullable.
    pub unsupported_group_policy_extensions: rt::Field<
        ::std::vec::Vec<crate::beta::UnsupportedGroupPolicyExtension>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyMigrationReport {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            group_policy_created_date_time: rt::Field::Absent,
            group_policy_last_modified_date_time: rt::Field::Absent,
            group_policy_object_id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            migration_readiness: rt::Field::Absent,
            ou_distinguished_name: rt::Field::Absent,
            supported_settings_count: rt::Field::Absent,
            supported_settings_percent: rt::Field::Absent,
            targeted_in_active_directory: rt::Field::Absent,
            total_settings_count: rt::Field::Absent,
            group_policy_setting_mappings: rt::Field::Absent,
            unsupported_group_policy_extensions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyMigrationReport {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyMigrationReport";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "groupPolicyCreatedDateTime",
        "groupPolicyLastModifiedDateTime",
        "groupPolicyObjectId",
        "lastModifiedDateTime",
        "migrationReadiness",
        "ouDistinguishedName",
        "supportedSettingsCount",
        "supportedSettingsPercent",
        "targetedInActiveDirectory",
        "totalSettingsCount",
        "groupPolicySettingMappings",
        "unsupportedGroupPolicyExtensions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"groupPolicyCreatedDateTime\":   ",
        ",\"groupPolicyLastModifiedDateTime\":",
        ",\"groupPolicyObjectId\":          ",
        ",\"lastModifiedDateTime\":         ",
        ",\"migrationReadiness\":           ",
        ",\"ouDistinguishedName\":          ",
        ",\"supportedSettingsCount\":       ",
        ",\"supportedSettingsPercent\":     ",
        ",\"targetedInActiveDirectory\":    ",
        ",\"totalSettingsCount\":           ",
        ",\"groupPolicySettingMappings\":   ",
        ",\"unsupportedGroupPolicyExtensions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyMigrationReport\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(
            3usize,
            "group_policy_created_date_time",
            &self.group_policy_created_date_time,
        );
        v.field(
            4usize,
            "group_policy_last_modified_date_time",
            &self.group_policy_last_modified_date_time,
        );
        v.field(5usize, "group_policy_object_id", &self.group_policy_object_id);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "migration_readiness", &self.migration_readiness);
        v.field(8usize, "ou_distinguished_name", &self.ou_distinguished_name);
        v.field(9usize, "supported_settings_count", &self.supported_settings_count);
        v.field(10usize, "supported_settings_percent", &self.supported_settings_percent);
        v.field(
            11usize,
            "targeted_in_active_directory",
            &self.targeted_in_active_directory,
        );
        v.field(12usize, "total_settings_count", &self.total_settings_count);
        v.field(
            13usize,
            "group_policy_setting_mappings",
            &self.group_policy_setting_mappings,
        );
        v.field(
            14usize,
            "unsupported_group_policy_extensions",
            &self.unsupported_group_policy_extensions,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyMigrationReport {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.group_policy_created_date_time.read_from(r),
            4usize => self.group_policy_last_modified_date_time.read_from(r),
            5usize => self.group_policy_object_id.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.migration_readiness.read_from(r),
            8usize => self.ou_distinguished_name.read_from(r),
            9usize => self.supported_settings_count.read_from(r),
            10usize => self.supported_settings_percent.read_from(r),
            11usize => self.targeted_in_active_directory.read_from(r),
            12usize => self.total_settings_count.read_from(r),
            13usize => self.group_policy_setting_mappings.read_from(r),
            14usize => self.unsupported_group_policy_extensions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.group_policy_created_date_time);
        w.field(4usize, &self.group_policy_last_modified_date_time);
        w.field(5usize, &self.group_policy_object_id);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.migration_readiness);
        w.field(8usize, &self.ou_distinguished_name);
        w.field(9usize, &self.supported_settings_count);
        w.field(10usize, &self.supported_settings_percent);
        w.field(11usize, &self.targeted_in_active_directory);
        w.field(12usize, &self.total_settings_count);
        w.field(13usize, &self.group_policy_setting_mappings);
        w.field(14usize, &self.unsupported_group_policy_extensions);
    }
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
rt::impl_object!(GroupPolicyMigrationReport);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyMigrationReport { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_group_policy_created_date_time
    group_policy_created_date_time : rt::edm::DateTimeOffset;
    with_group_policy_last_modified_date_time group_policy_last_modified_date_time :
    rt::edm::DateTimeOffset; with_group_policy_object_id group_policy_object_id :
    rt::edm::Guid; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_migration_readiness migration_readiness : crate
    ::beta::GroupPolicyMigrationReadiness; with_ou_distinguished_name
    ou_distinguished_name : ::std::string::String; with_supported_settings_count
    supported_settings_count : i32; with_supported_settings_percent
    supported_settings_percent : i32; with_targeted_in_active_directory
    targeted_in_active_directory : bool; with_total_settings_count total_settings_count :
    i32; with_group_policy_setting_mappings group_policy_setting_mappings :
    ::std::vec::Vec < crate ::beta::GroupPolicySettingMapping >;
    with_unsupported_group_policy_extensions unsupported_group_policy_extensions :
    ::std::vec::Vec < crate ::beta::UnsupportedGroupPolicyExtension >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyMigrationReport);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents an group policy operation.
///
/// CSDL: `microsoft.graph.groupPolicyOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy operation status.
    ///
    /// CSDL: property `operationStatus`: `microsoft.graph.groupPolicyOperationStatus`, not nullable.
    pub operation_status: rt::Field<crate::beta::GroupPolicyOperationStatus>,
    /// The type of group policy operation.
    ///
    /// CSDL: property `operationType`: `microsoft.graph.groupPolicyOperationType`, not nullable.
    pub operation_type: rt::Field<crate::beta::GroupPolicyOperationType>,
    /// The group policy operation status detail.
    ///
    /// CSDL: property `statusDetails`: `Edm.String`, nullable.
    pub status_details: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            operation_status: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            status_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedDateTime",
        "operationStatus",
        "operationType",
        "statusDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"operationStatus\":              ",
        ",\"operationType\":                ",
        ",\"statusDetails\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(2usize, "operation_status", &self.operation_status);
        v.field(3usize, "operation_type", &self.operation_type);
        v.field(4usize, "status_details", &self.status_details);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            2usize => self.operation_status.read_from(r),
            3usize => self.operation_type.read_from(r),
            4usize => self.status_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_date_time);
        w.field(2usize, &self.operation_status);
        w.field(3usize, &self.operation_type);
        w.field(4usize, &self.status_details);
    }
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
rt::impl_object!(GroupPolicyOperation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyOperation { with_id id : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_operation_status operation_status : crate ::beta::GroupPolicyOperationStatus;
    with_operation_type operation_type : crate ::beta::GroupPolicyOperationType;
    with_status_details status_details : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyOperation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyOperationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyOperationStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `inProgress` (value 1).
    InProgress,
    /// `success` (value 2).
    Success,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inProgress",
        "success",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inProgress" => Self::InProgress,
                "success" => Self::Success,
                "failed" => Self::Failed,
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
            Self::InProgress => "inProgress",
            Self::Success => "success",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyOperationStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyOperationStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyOperationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyOperationType {
    /// `none` (value 0).
    None,
    /// `upload` (value 1).
    Upload,
    /// `uploadNewVersion` (value 2).
    UploadNewVersion,
    /// `addLanguageFiles` (value 3).
    AddLanguageFiles,
    /// `removeLanguageFiles` (value 4).
    RemoveLanguageFiles,
    /// `updateLanguageFiles` (value 5).
    UpdateLanguageFiles,
    /// `remove` (value 6).
    Remove,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "upload",
        "uploadNewVersion",
        "addLanguageFiles",
        "removeLanguageFiles",
        "updateLanguageFiles",
        "remove",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "upload" => Self::Upload,
                "uploadNewVersion" => Self::UploadNewVersion,
                "addLanguageFiles" => Self::AddLanguageFiles,
                "removeLanguageFiles" => Self::RemoveLanguageFiles,
                "updateLanguageFiles" => Self::UpdateLanguageFiles,
                "remove" => Self::Remove,
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
            Self::Upload => "upload",
            Self::UploadNewVersion => "uploadNewVersion",
            Self::AddLanguageFiles => "addLanguageFiles",
            Self::RemoveLanguageFiles => "removeLanguageFiles",
            Self::UpdateLanguageFiles => "updateLanguageFiles",
            Self::Remove => "remove",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyOperationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyOperationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The base entity for the display presentation of any of the additional options in a group policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<AnyGroupPolicyPresentation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentation {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
    }
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
rt::impl_object!(GroupPolicyPresentation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentation { with_id id : ::std::string::String; with_label label :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentation);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.groupPolicyPresentation` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGroupPolicyPresentation {
    GroupPolicyPresentation(::std::boxed::Box<crate::beta::GroupPolicyPresentation>),
    GroupPolicyPresentationCheckBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationCheckBox>,
    ),
    GroupPolicyPresentationComboBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationComboBox>,
    ),
    GroupPolicyPresentationDecimalTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationDecimalTextBox>,
    ),
    GroupPolicyPresentationDropdownList(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationDropdownList>,
    ),
    GroupPolicyPresentationListBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationListBox>,
    ),
    GroupPolicyPresentationLongDecimalTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationLongDecimalTextBox>,
    ),
    GroupPolicyPresentationMultiTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationMultiTextBox>,
    ),
    GroupPolicyPresentationText(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationText>,
    ),
    GroupPolicyPresentationTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationTextBox>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyGroupPolicyPresentation {
    #[inline]
    fn default() -> Self {
        Self::GroupPolicyPresentation(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentation>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentation) -> Self {
        Self::GroupPolicyPresentation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationCheckBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationCheckBox) -> Self {
        Self::GroupPolicyPresentationCheckBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationComboBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationComboBox) -> Self {
        Self::GroupPolicyPresentationComboBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationDecimalTextBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationDecimalTextBox) -> Self {
        Self::GroupPolicyPresentationDecimalTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationDropdownList>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationDropdownList) -> Self {
        Self::GroupPolicyPresentationDropdownList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationListBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationListBox) -> Self {
        Self::GroupPolicyPresentationListBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationLongDecimalTextBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationLongDecimalTextBox) -> Self {
        Self::GroupPolicyPresentationLongDecimalTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationMultiTextBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationMultiTextBox) -> Self {
        Self::GroupPolicyPresentationMultiTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationText>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationText) -> Self {
        Self::GroupPolicyPresentationText(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationTextBox>
for AnyGroupPolicyPresentation {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationTextBox) -> Self {
        Self::GroupPolicyPresentationTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyGroupPolicyPresentation {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyGroupPolicyPresentation {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyGroupPolicyPresentation {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyGroupPolicyPresentation {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyGroupPolicyPresentation {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentation>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationCheckBox>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationComboBox>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationDecimalTextBox>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationDropdownList>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationListBox>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationLongDecimalTextBox>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationMultiTextBox>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationText>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationTextBox>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyGroupPolicyPresentation {
    const BASE_NAME: &'static str = "microsoft.graph.groupPolicyPresentation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationCheckBox",
            ) => Self::GroupPolicyPresentationCheckBox(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationComboBox",
            ) => Self::GroupPolicyPresentationComboBox(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationDecimalTextBox",
            ) => Self::GroupPolicyPresentationDecimalTextBox(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationDropdownList",
            ) => Self::GroupPolicyPresentationDropdownList(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationListBox",
            ) => Self::GroupPolicyPresentationListBox(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationLongDecimalTextBox",
            ) => Self::GroupPolicyPresentationLongDecimalTextBox(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationMultiTextBox",
            ) => Self::GroupPolicyPresentationMultiTextBox(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationText",
            ) => Self::GroupPolicyPresentationText(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationTextBox",
            ) => Self::GroupPolicyPresentationTextBox(rt::object::new_boxed()),
            _ => Self::GroupPolicyPresentation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GroupPolicyPresentation(v) => &**v,
            Self::GroupPolicyPresentationCheckBox(v) => &**v,
            Self::GroupPolicyPresentationComboBox(v) => &**v,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &**v,
            Self::GroupPolicyPresentationDropdownList(v) => &**v,
            Self::GroupPolicyPresentationListBox(v) => &**v,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &**v,
            Self::GroupPolicyPresentationMultiTextBox(v) => &**v,
            Self::GroupPolicyPresentationText(v) => &**v,
            Self::GroupPolicyPresentationTextBox(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GroupPolicyPresentation(v) => &mut **v,
            Self::GroupPolicyPresentationCheckBox(v) => &mut **v,
            Self::GroupPolicyPresentationComboBox(v) => &mut **v,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut **v,
            Self::GroupPolicyPresentationDropdownList(v) => &mut **v,
            Self::GroupPolicyPresentationListBox(v) => &mut **v,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut **v,
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut **v,
            Self::GroupPolicyPresentationText(v) => &mut **v,
            Self::GroupPolicyPresentationTextBox(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyGroupPolicyPresentation {
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
            Self::GroupPolicyPresentation(v) => &v.id,
            Self::GroupPolicyPresentationCheckBox(v) => &v.id,
            Self::GroupPolicyPresentationComboBox(v) => &v.id,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &v.id,
            Self::GroupPolicyPresentationDropdownList(v) => &v.id,
            Self::GroupPolicyPresentationListBox(v) => &v.id,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &v.id,
            Self::GroupPolicyPresentationMultiTextBox(v) => &v.id,
            Self::GroupPolicyPresentationText(v) => &v.id,
            Self::GroupPolicyPresentationTextBox(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyPresentation(v) => &mut v.id,
            Self::GroupPolicyPresentationCheckBox(v) => &mut v.id,
            Self::GroupPolicyPresentationComboBox(v) => &mut v.id,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut v.id,
            Self::GroupPolicyPresentationDropdownList(v) => &mut v.id,
            Self::GroupPolicyPresentationListBox(v) => &mut v.id,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut v.id,
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut v.id,
            Self::GroupPolicyPresentationText(v) => &mut v.id,
            Self::GroupPolicyPresentationTextBox(v) => &mut v.id,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyPresentation(v) => &v.label,
            Self::GroupPolicyPresentationCheckBox(v) => &v.label,
            Self::GroupPolicyPresentationComboBox(v) => &v.label,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &v.label,
            Self::GroupPolicyPresentationDropdownList(v) => &v.label,
            Self::GroupPolicyPresentationListBox(v) => &v.label,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &v.label,
            Self::GroupPolicyPresentationMultiTextBox(v) => &v.label,
            Self::GroupPolicyPresentationText(v) => &v.label,
            Self::GroupPolicyPresentationTextBox(v) => &v.label,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyPresentation(v) => &mut v.label,
            Self::GroupPolicyPresentationCheckBox(v) => &mut v.label,
            Self::GroupPolicyPresentationComboBox(v) => &mut v.label,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut v.label,
            Self::GroupPolicyPresentationDropdownList(v) => &mut v.label,
            Self::GroupPolicyPresentationListBox(v) => &mut v.label,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut v.label,
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut v.label,
            Self::GroupPolicyPresentationText(v) => &mut v.label,
            Self::GroupPolicyPresentationTextBox(v) => &mut v.label,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyPresentation(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationCheckBox(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationComboBox(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationDropdownList(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationListBox(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => {
                &v.last_modified_date_time
            }
            Self::GroupPolicyPresentationMultiTextBox(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationText(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationTextBox(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyPresentation(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationCheckBox(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationComboBox(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationDecimalTextBox(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationDropdownList(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationListBox(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationMultiTextBox(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationText(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationTextBox(v) => &mut v.last_modified_date_time,
        }
    }
    /// `definition` of any variant.
    #[inline]
    pub fn definition(&self) -> &rt::Field<crate::beta::GroupPolicyDefinition> {
        match self {
            Self::GroupPolicyPresentation(v) => &v.definition,
            Self::GroupPolicyPresentationCheckBox(v) => &v.definition,
            Self::GroupPolicyPresentationComboBox(v) => &v.definition,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &v.definition,
            Self::GroupPolicyPresentationDropdownList(v) => &v.definition,
            Self::GroupPolicyPresentationListBox(v) => &v.definition,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &v.definition,
            Self::GroupPolicyPresentationMultiTextBox(v) => &v.definition,
            Self::GroupPolicyPresentationText(v) => &v.definition,
            Self::GroupPolicyPresentationTextBox(v) => &v.definition,
        }
    }
    /// `definition` of any variant.
    #[inline]
    pub fn definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::GroupPolicyDefinition> {
        match self {
            Self::GroupPolicyPresentation(v) => &mut v.definition,
            Self::GroupPolicyPresentationCheckBox(v) => &mut v.definition,
            Self::GroupPolicyPresentationComboBox(v) => &mut v.definition,
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut v.definition,
            Self::GroupPolicyPresentationDropdownList(v) => &mut v.definition,
            Self::GroupPolicyPresentationListBox(v) => &mut v.definition,
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut v.definition,
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut v.definition,
            Self::GroupPolicyPresentationText(v) => &mut v.definition,
            Self::GroupPolicyPresentationTextBox(v) => &mut v.definition,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyGroupPolicyPresentation);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGroupPolicyPresentation);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX checkBox element and an ADMX boolean element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationCheckBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationCheckBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationCheckBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// Default value for the check box. The default value is false.
    ///
    /// CSDL: property `defaultChecked`: `Edm.Boolean`, not nullable.
    pub default_checked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationCheckBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            default_checked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationCheckBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationCheckBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "defaultChecked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"defaultChecked\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationCheckBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "default_checked", &self.default_checked);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationCheckBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.default_checked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.default_checked);
    }
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
rt::impl_object!(GroupPolicyPresentationCheckBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationCheckBox { with_id id : ::std::string::String; with_label
    label : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_default_checked default_checked : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationCheckBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX comboBox element and an ADMX text element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationComboBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationComboBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationComboBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// Localized default string displayed in the combo box. The default value is empty.
    ///
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// An unsigned integer that specifies the maximum number of text characters for the parameter. The default value is 1023.
    ///
    /// CSDL: property `maxLength`: `Edm.Int64`, not nullable.
    pub max_length: rt::Field<i64>,
    /// Specifies whether a value must be specified for the parameter. The default value is false.
    ///
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// Localized strings listed in the drop-down list of the combo box. The default value is empty.
    ///
    /// CSDL: property `suggestions`: `Collection(Edm.String)`, nullable.
    pub suggestions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationComboBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            default_value: rt::Field::Absent,
            max_length: rt::Field::Absent,
            required: rt::Field::Absent,
            suggestions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationComboBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationComboBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "defaultValue",
        "maxLength",
        "required",
        "suggestions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"defaultValue\":                 ",
        ",\"maxLength\":                    ",
        ",\"required\":                     ",
        ",\"suggestions\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationComboBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "default_value", &self.default_value);
        v.field(5usize, "max_length", &self.max_length);
        v.field(6usize, "required", &self.required);
        v.field(7usize, "suggestions", &self.suggestions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationComboBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.default_value.read_from(r),
            5usize => self.max_length.read_from(r),
            6usize => self.required.read_from(r),
            7usize => self.suggestions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.default_value);
        w.field(5usize, &self.max_length);
        w.field(6usize, &self.required);
        w.field(7usize, &self.suggestions);
    }
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
rt::impl_object!(GroupPolicyPresentationComboBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationComboBox { with_id id : ::std::string::String; with_label
    label : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_default_value default_value :
    ::std::string::String; with_max_length max_length : i64; with_required required :
    bool; with_suggestions suggestions : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationComboBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX decimalTextBox element and an ADMX decimal element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationDecimalTextBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationDecimalTextBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationDecimalTextBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// An unsigned integer that specifies the initial value for the decimal text box. The default value is 1.
    ///
    /// CSDL: property `defaultValue`: `Edm.Int64`, not nullable.
    pub default_value: rt::Field<i64>,
    /// An unsigned integer that specifies the maximum allowed value. The default value is 9999.
    ///
    /// CSDL: property `maxValue`: `Edm.Int64`, not nullable.
    pub max_value: rt::Field<i64>,
    /// An unsigned integer that specifies the minimum allowed value. The default value is 0.
    ///
    /// CSDL: property `minValue`: `Edm.Int64`, not nullable.
    pub min_value: rt::Field<i64>,
    /// Requirement to enter a value in the parameter box. The default value is false.
    ///
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// If true, create a spin control; otherwise, create a text box for numeric entry. The default value is true.
    ///
    /// CSDL: property `spin`: `Edm.Boolean`, not nullable.
    pub spin: rt::Field<bool>,
    /// An unsigned integer that specifies the increment of change for the spin control. The default value is 1.
    ///
    /// CSDL: property `spinStep`: `Edm.Int64`, not nullable.
    pub spin_step: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationDecimalTextBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            default_value: rt::Field::Absent,
            max_value: rt::Field::Absent,
            min_value: rt::Field::Absent,
            required: rt::Field::Absent,
            spin: rt::Field::Absent,
            spin_step: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationDecimalTextBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationDecimalTextBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "defaultValue",
        "maxValue",
        "minValue",
        "required",
        "spin",
        "spinStep",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"defaultValue\":                 ",
        ",\"maxValue\":                     ",
        ",\"minValue\":                     ",
        ",\"required\":                     ",
        ",\"spin\":                         ",
        ",\"spinStep\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationDecimalTextBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "default_value", &self.default_value);
        v.field(5usize, "max_value", &self.max_value);
        v.field(6usize, "min_value", &self.min_value);
        v.field(7usize, "required", &self.required);
        v.field(8usize, "spin", &self.spin);
        v.field(9usize, "spin_step", &self.spin_step);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationDecimalTextBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.default_value.read_from(r),
            5usize => self.max_value.read_from(r),
            6usize => self.min_value.read_from(r),
            7usize => self.required.read_from(r),
            8usize => self.spin.read_from(r),
            9usize => self.spin_step.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.default_value);
        w.field(5usize, &self.max_value);
        w.field(6usize, &self.min_value);
        w.field(7usize, &self.required);
        w.field(8usize, &self.spin);
        w.field(9usize, &self.spin_step);
    }
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
rt::impl_object!(GroupPolicyPresentationDecimalTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationDecimalTextBox { with_id id : ::std::string::String;
    with_label label : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_default_value default_value : i64; with_max_value
    max_value : i64; with_min_value min_value : i64; with_required required : bool;
    with_spin spin : bool; with_spin_step spin_step : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationDecimalTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX dropdownList element and an ADMX enum element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationDropdownList`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationDropdownListPath`](requests/trait.GroupPolicyPresentationDropdownListPath.html), what a path to one (`EntityPath<GroupPolicyPresentationDropdownList, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationDropdownList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// Localized string value identifying the default choice of the list of items.
    ///
    /// CSDL: property `defaultItem`: `microsoft.graph.groupPolicyPresentationDropdownListItem`, nullable.
    pub default_item: rt::Field<crate::beta::GroupPolicyPresentationDropdownListItem>,
    /// Represents a set of localized display names and their associated values.
    ///
    /// CSDL: property `items`: `Collection(microsoft.graph.groupPolicyPresentationDropdownListItem)`, nullable.
    pub items: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyPresentationDropdownListItem>,
    >,
    /// Requirement to enter a value in the parameter box. The default value is false.
    ///
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationDropdownList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            default_item: rt::Field::Absent,
            items: rt::Field::Absent,
            required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationDropdownList {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationDropdownList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "defaultItem",
        "items",
        "required",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"defaultItem\":                  ",
        ",\"items\":                        ",
        ",\"required\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationDropdownList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "default_item", &self.default_item);
        v.field(5usize, "items", &self.items);
        v.field(6usize, "required", &self.required);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationDropdownList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.default_item.read_from(r),
            5usize => self.items.read_from(r),
            6usize => self.required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.default_item);
        w.field(5usize, &self.items);
        w.field(6usize, &self.required);
    }
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
rt::impl_object!(GroupPolicyPresentationDropdownList);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationDropdownList { with_id id : ::std::string::String; with_label
    label : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_default_item default_item : crate
    ::beta::GroupPolicyPresentationDropdownListItem; with_items items : ::std::vec::Vec <
    crate ::beta::GroupPolicyPresentationDropdownListItem >; with_required required :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationDropdownList);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyPresentationDropdownListItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationDropdownListItem {
    /// Localized display name for the drop-down list item.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Associated value for the drop-down list item
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationDropdownListItem {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationDropdownListItem {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationDropdownListItem";
    const KEYS: &'static [&'static str] = &["displayName", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationDropdownListItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationDropdownListItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.value);
    }
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
rt::impl_object!(GroupPolicyPresentationDropdownListItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationDropdownListItem { with_display_name display_name :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationDropdownListItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX listBox element and an ADMX list element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationListBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationListBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationListBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// If this option is specified true the user must specify the registry subkey value and the registry subkey name. The list box shows two columns, one for the name and one for the data. The default value is false.
    ///
    /// CSDL: property `explicitValue`: `Edm.Boolean`, not nullable.
    pub explicit_value: rt::Field<bool>,
    /// CSDL: property `valuePrefix`: `Edm.String`, nullable.
    pub value_prefix: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationListBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            explicit_value: rt::Field::Absent,
            value_prefix: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationListBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationListBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "explicitValue",
        "valuePrefix",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"explicitValue\":                ",
        ",\"valuePrefix\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationListBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "explicit_value", &self.explicit_value);
        v.field(5usize, "value_prefix", &self.value_prefix);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationListBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.explicit_value.read_from(r),
            5usize => self.value_prefix.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.explicit_value);
        w.field(5usize, &self.value_prefix);
    }
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
rt::impl_object!(GroupPolicyPresentationListBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationListBox { with_id id : ::std::string::String; with_label label
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_explicit_value explicit_value : bool;
    with_value_prefix value_prefix : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationListBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX longDecimalTextBox element and an ADMX longDecimal element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationLongDecimalTextBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationLongDecimalTextBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationLongDecimalTextBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// An unsigned integer that specifies the initial value for the decimal text box. The default value is 1.
    ///
    /// CSDL: property `defaultValue`: `Edm.Int64`, not nullable.
    pub default_value: rt::Field<i64>,
    /// An unsigned long that specifies the maximum allowed value. The default value is 9999.
    ///
    /// CSDL: property `maxValue`: `Edm.Int64`, not nullable.
    pub max_value: rt::Field<i64>,
    /// An unsigned long that specifies the minimum allowed value. The default value is 0.
    ///
    /// CSDL: property `minValue`: `Edm.Int64`, not nullable.
    pub min_value: rt::Field<i64>,
    /// Requirement to enter a value in the parameter box. The default value is false.
    ///
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// If true, create a spin control; otherwise, create a text box for numeric entry. The default value is true.
    ///
    /// CSDL: property `spin`: `Edm.Boolean`, not nullable.
    pub spin: rt::Field<bool>,
    /// An unsigned integer that specifies the increment of change for the spin control. The default value is 1.
    ///
    /// CSDL: property `spinStep`: `Edm.Int64`, not nullable.
    pub spin_step: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationLongDecimalTextBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            default_value: rt::Field::Absent,
            max_value: rt::Field::Absent,
            min_value: rt::Field::Absent,
            required: rt::Field::Absent,
            spin: rt::Field::Absent,
            spin_step: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationLongDecimalTextBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationLongDecimalTextBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "defaultValue",
        "maxValue",
        "minValue",
        "required",
        "spin",
        "spinStep",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"defaultValue\":                 ",
        ",\"maxValue\":                     ",
        ",\"minValue\":                     ",
        ",\"required\":                     ",
        ",\"spin\":                         ",
        ",\"spinStep\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationLongDecimalTextBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "default_value", &self.default_value);
        v.field(5usize, "max_value", &self.max_value);
        v.field(6usize, "min_value", &self.min_value);
        v.field(7usize, "required", &self.required);
        v.field(8usize, "spin", &self.spin);
        v.field(9usize, "spin_step", &self.spin_step);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationLongDecimalTextBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.default_value.read_from(r),
            5usize => self.max_value.read_from(r),
            6usize => self.min_value.read_from(r),
            7usize => self.required.read_from(r),
            8usize => self.spin.read_from(r),
            9usize => self.spin_step.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.default_value);
        w.field(5usize, &self.max_value);
        w.field(6usize, &self.min_value);
        w.field(7usize, &self.required);
        w.field(8usize, &self.spin);
        w.field(9usize, &self.spin_step);
    }
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
rt::impl_object!(GroupPolicyPresentationLongDecimalTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationLongDecimalTextBox { with_id id : ::std::string::String;
    with_label label : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_default_value default_value : i64; with_max_value
    max_value : i64; with_min_value min_value : i64; with_required required : bool;
    with_spin spin : bool; with_spin_step spin_step : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationLongDecimalTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX multiTextBox element and an ADMX multiText element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationMultiTextBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationMultiTextBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationMultiTextBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// An unsigned integer that specifies the maximum number of text characters. Default value is 1023.
    ///
    /// CSDL: property `maxLength`: `Edm.Int64`, not nullable.
    pub max_length: rt::Field<i64>,
    /// An unsigned integer that specifies the maximum number of strings. Default value is 0.
    ///
    /// CSDL: property `maxStrings`: `Edm.Int64`, not nullable.
    pub max_strings: rt::Field<i64>,
    /// Requirement to enter a value in the text box. Default value is false.
    ///
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationMultiTextBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            max_length: rt::Field::Absent,
            max_strings: rt::Field::Absent,
            required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationMultiTextBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationMultiTextBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "maxLength",
        "maxStrings",
        "required",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"maxLength\":                    ",
        ",\"maxStrings\":                   ",
        ",\"required\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationMultiTextBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "max_length", &self.max_length);
        v.field(5usize, "max_strings", &self.max_strings);
        v.field(6usize, "required", &self.required);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationMultiTextBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.max_length.read_from(r),
            5usize => self.max_strings.read_from(r),
            6usize => self.required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.max_length);
        w.field(5usize, &self.max_strings);
        w.field(6usize, &self.required);
    }
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
rt::impl_object!(GroupPolicyPresentationMultiTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationMultiTextBox { with_id id : ::std::string::String; with_label
    label : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_max_length max_length : i64; with_max_strings
    max_strings : i64; with_required required : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationMultiTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX text element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationText`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationText, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationText {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationText {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationText {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationText";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationText\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationText {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
    }
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
rt::impl_object!(GroupPolicyPresentationText);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationText { with_id id : ::std::string::String; with_label label :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationText);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an ADMX textBox element and an ADMX text element.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationTextBox`, entity type, derived from `microsoft.graph.groupPolicyPresentation`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationPath`](requests/trait.GroupPolicyPresentationPath.html), what a path to one (`EntityPath<GroupPolicyPresentationTextBox, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationTextBox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Localized text label for any presentation entity. The default value is empty.
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition associated with the presentation.
    ///
    /// CSDL: navigation property `definition`: `microsoft.graph.groupPolicyDefinition`, nullable.
    pub definition: rt::Field<crate::beta::GroupPolicyDefinition>,
    /// Localized default string displayed in the text box. The default value is empty.
    ///
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// An unsigned integer that specifies the maximum number of text characters. Default value is 1023.
    ///
    /// CSDL: property `maxLength`: `Edm.Int64`, not nullable.
    pub max_length: rt::Field<i64>,
    /// Requirement to enter a value in the text box. Default value is false.
    ///
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationTextBox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            label: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition: rt::Field::Absent,
            default_value: rt::Field::Absent,
            max_length: rt::Field::Absent,
            required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationTextBox {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationTextBox";
    const KEYS: &'static [&'static str] = &[
        "id",
        "label",
        "lastModifiedDateTime",
        "definition",
        "defaultValue",
        "maxLength",
        "required",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"label\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definition\":                   ",
        ",\"defaultValue\":                 ",
        ",\"maxLength\":                    ",
        ",\"required\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationTextBox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition", &self.definition);
        v.field(4usize, "default_value", &self.default_value);
        v.field(5usize, "max_length", &self.max_length);
        v.field(6usize, "required", &self.required);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationTextBox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition.read_from(r),
            4usize => self.default_value.read_from(r),
            5usize => self.max_length.read_from(r),
            6usize => self.required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.label);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition);
        w.field(4usize, &self.default_value);
        w.field(5usize, &self.max_length);
        w.field(6usize, &self.required);
    }
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
rt::impl_object!(GroupPolicyPresentationTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationTextBox { with_id id : ::std::string::String; with_label label
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_definition definition : crate
    ::beta::GroupPolicyDefinition; with_default_value default_value :
    ::std::string::String; with_max_length max_length : i64; with_required required :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationTextBox);
#[cfg(msgraph_beta_device_management_or_search)]
/// The base presentation value entity that stores the value for a single group policy presentation.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValue`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<AnyGroupPolicyPresentationValue, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValue {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValue {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValue";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
    }
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
rt::impl_object!(GroupPolicyPresentationValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValue { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.groupPolicyPresentationValue` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGroupPolicyPresentationValue {
    GroupPolicyPresentationValue(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValue>,
    ),
    GroupPolicyPresentationValueBoolean(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueBoolean>,
    ),
    GroupPolicyPresentationValueDecimal(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueDecimal>,
    ),
    GroupPolicyPresentationValueList(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueList>,
    ),
    GroupPolicyPresentationValueLongDecimal(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueLongDecimal>,
    ),
    GroupPolicyPresentationValueMultiText(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueMultiText>,
    ),
    GroupPolicyPresentationValueText(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueText>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyGroupPolicyPresentationValue {
    #[inline]
    fn default() -> Self {
        Self::GroupPolicyPresentationValue(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValue>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValue) -> Self {
        Self::GroupPolicyPresentationValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueBoolean>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueBoolean) -> Self {
        Self::GroupPolicyPresentationValueBoolean(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueDecimal>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueDecimal) -> Self {
        Self::GroupPolicyPresentationValueDecimal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueList>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueList) -> Self {
        Self::GroupPolicyPresentationValueList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueLongDecimal>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueLongDecimal) -> Self {
        Self::GroupPolicyPresentationValueLongDecimal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueMultiText>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueMultiText) -> Self {
        Self::GroupPolicyPresentationValueMultiText(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueText>
for AnyGroupPolicyPresentationValue {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueText) -> Self {
        Self::GroupPolicyPresentationValueText(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyGroupPolicyPresentationValue {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyGroupPolicyPresentationValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyGroupPolicyPresentationValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyGroupPolicyPresentationValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyGroupPolicyPresentationValue {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValue>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueBoolean>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueDecimal>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueList>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueLongDecimal>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueMultiText>();
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueText>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyGroupPolicyPresentationValue {
    const BASE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValue";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueBoolean",
            ) => Self::GroupPolicyPresentationValueBoolean(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueDecimal",
            ) => Self::GroupPolicyPresentationValueDecimal(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueList",
            ) => Self::GroupPolicyPresentationValueList(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueLongDecimal",
            ) => Self::GroupPolicyPresentationValueLongDecimal(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueMultiText",
            ) => Self::GroupPolicyPresentationValueMultiText(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueText",
            ) => Self::GroupPolicyPresentationValueText(rt::object::new_boxed()),
            _ => Self::GroupPolicyPresentationValue(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GroupPolicyPresentationValue(v) => &**v,
            Self::GroupPolicyPresentationValueBoolean(v) => &**v,
            Self::GroupPolicyPresentationValueDecimal(v) => &**v,
            Self::GroupPolicyPresentationValueList(v) => &**v,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &**v,
            Self::GroupPolicyPresentationValueMultiText(v) => &**v,
            Self::GroupPolicyPresentationValueText(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GroupPolicyPresentationValue(v) => &mut **v,
            Self::GroupPolicyPresentationValueBoolean(v) => &mut **v,
            Self::GroupPolicyPresentationValueDecimal(v) => &mut **v,
            Self::GroupPolicyPresentationValueList(v) => &mut **v,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut **v,
            Self::GroupPolicyPresentationValueMultiText(v) => &mut **v,
            Self::GroupPolicyPresentationValueText(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyGroupPolicyPresentationValue {
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
            Self::GroupPolicyPresentationValue(v) => &v.id,
            Self::GroupPolicyPresentationValueBoolean(v) => &v.id,
            Self::GroupPolicyPresentationValueDecimal(v) => &v.id,
            Self::GroupPolicyPresentationValueList(v) => &v.id,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &v.id,
            Self::GroupPolicyPresentationValueMultiText(v) => &v.id,
            Self::GroupPolicyPresentationValueText(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &mut v.id,
            Self::GroupPolicyPresentationValueBoolean(v) => &mut v.id,
            Self::GroupPolicyPresentationValueDecimal(v) => &mut v.id,
            Self::GroupPolicyPresentationValueList(v) => &mut v.id,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut v.id,
            Self::GroupPolicyPresentationValueMultiText(v) => &mut v.id,
            Self::GroupPolicyPresentationValueText(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &v.created_date_time,
            Self::GroupPolicyPresentationValueBoolean(v) => &v.created_date_time,
            Self::GroupPolicyPresentationValueDecimal(v) => &v.created_date_time,
            Self::GroupPolicyPresentationValueList(v) => &v.created_date_time,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &v.created_date_time,
            Self::GroupPolicyPresentationValueMultiText(v) => &v.created_date_time,
            Self::GroupPolicyPresentationValueText(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &mut v.created_date_time,
            Self::GroupPolicyPresentationValueBoolean(v) => &mut v.created_date_time,
            Self::GroupPolicyPresentationValueDecimal(v) => &mut v.created_date_time,
            Self::GroupPolicyPresentationValueList(v) => &mut v.created_date_time,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut v.created_date_time,
            Self::GroupPolicyPresentationValueMultiText(v) => &mut v.created_date_time,
            Self::GroupPolicyPresentationValueText(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationValueBoolean(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationValueDecimal(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationValueList(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationValueLongDecimal(v) => {
                &v.last_modified_date_time
            }
            Self::GroupPolicyPresentationValueMultiText(v) => &v.last_modified_date_time,
            Self::GroupPolicyPresentationValueText(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationValueBoolean(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationValueDecimal(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationValueList(v) => &mut v.last_modified_date_time,
            Self::GroupPolicyPresentationValueLongDecimal(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationValueMultiText(v) => {
                &mut v.last_modified_date_time
            }
            Self::GroupPolicyPresentationValueText(v) => &mut v.last_modified_date_time,
        }
    }
    /// `definitionValue` of any variant.
    #[inline]
    pub fn definition_value(
        &self,
    ) -> &rt::Field<crate::beta::GroupPolicyDefinitionValue> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &v.definition_value,
            Self::GroupPolicyPresentationValueBoolean(v) => &v.definition_value,
            Self::GroupPolicyPresentationValueDecimal(v) => &v.definition_value,
            Self::GroupPolicyPresentationValueList(v) => &v.definition_value,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &v.definition_value,
            Self::GroupPolicyPresentationValueMultiText(v) => &v.definition_value,
            Self::GroupPolicyPresentationValueText(v) => &v.definition_value,
        }
    }
    /// `definitionValue` of any variant.
    #[inline]
    pub fn definition_value_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::GroupPolicyDefinitionValue> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &mut v.definition_value,
            Self::GroupPolicyPresentationValueBoolean(v) => &mut v.definition_value,
            Self::GroupPolicyPresentationValueDecimal(v) => &mut v.definition_value,
            Self::GroupPolicyPresentationValueList(v) => &mut v.definition_value,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut v.definition_value,
            Self::GroupPolicyPresentationValueMultiText(v) => &mut v.definition_value,
            Self::GroupPolicyPresentationValueText(v) => &mut v.definition_value,
        }
    }
    /// `presentation` of any variant.
    #[inline]
    pub fn presentation(&self) -> &rt::Field<crate::beta::AnyGroupPolicyPresentation> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &v.presentation,
            Self::GroupPolicyPresentationValueBoolean(v) => &v.presentation,
            Self::GroupPolicyPresentationValueDecimal(v) => &v.presentation,
            Self::GroupPolicyPresentationValueList(v) => &v.presentation,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &v.presentation,
            Self::GroupPolicyPresentationValueMultiText(v) => &v.presentation,
            Self::GroupPolicyPresentationValueText(v) => &v.presentation,
        }
    }
    /// `presentation` of any variant.
    #[inline]
    pub fn presentation_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyGroupPolicyPresentation> {
        match self {
            Self::GroupPolicyPresentationValue(v) => &mut v.presentation,
            Self::GroupPolicyPresentationValueBoolean(v) => &mut v.presentation,
            Self::GroupPolicyPresentationValueDecimal(v) => &mut v.presentation,
            Self::GroupPolicyPresentationValueList(v) => &mut v.presentation,
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut v.presentation,
            Self::GroupPolicyPresentationValueMultiText(v) => &mut v.presentation,
            Self::GroupPolicyPresentationValueText(v) => &mut v.presentation,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyGroupPolicyPresentationValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGroupPolicyPresentationValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents a Boolean value of a checkbox presentation on a policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValueBoolean`, entity type, derived from `microsoft.graph.groupPolicyPresentationValue`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<GroupPolicyPresentationValueBoolean, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValueBoolean {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// An boolean value for the associated presentation.
    ///
    /// CSDL: property `value`: `Edm.Boolean`, not nullable.
    pub value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValueBoolean {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValueBoolean {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValueBoolean";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValueBoolean\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValueBoolean {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
        w.field(5usize, &self.value);
    }
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
rt::impl_object!(GroupPolicyPresentationValueBoolean);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValueBoolean { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation; with_value
    value : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValueBoolean);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents an unsigned integer value of a decimal text box presentation on a policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValueDecimal`, entity type, derived from `microsoft.graph.groupPolicyPresentationValue`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<GroupPolicyPresentationValueDecimal, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValueDecimal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// An unsigned integer value for the associated presentation.
    ///
    /// CSDL: property `value`: `Edm.Int64`, not nullable.
    pub value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValueDecimal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValueDecimal {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValueDecimal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValueDecimal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValueDecimal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
        w.field(5usize, &self.value);
    }
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
rt::impl_object!(GroupPolicyPresentationValueDecimal);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValueDecimal { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation; with_value
    value : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValueDecimal);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents a collection of name/value pairs of a list box presentation on a policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValueList`, entity type, derived from `microsoft.graph.groupPolicyPresentationValue`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<GroupPolicyPresentationValueList, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValueList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// A list of pairs for the associated presentation.
    ///
    /// CSDL: property `values`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub values: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValueList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValueList {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValueList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValueList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
        v.field(5usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValueList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            5usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
        w.field(5usize, &self.values);
    }
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
rt::impl_object!(GroupPolicyPresentationValueList);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValueList { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation;
    with_values values : ::std::vec::Vec < crate ::beta::KeyValuePair >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValueList);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents an unsigned long value of a long decimal text box presentation on a policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValueLongDecimal`, entity type, derived from `microsoft.graph.groupPolicyPresentationValue`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<GroupPolicyPresentationValueLongDecimal, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValueLongDecimal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// An unsigned long value for the associated presentation.
    ///
    /// CSDL: property `value`: `Edm.Int64`, not nullable.
    pub value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValueLongDecimal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValueLongDecimal {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValueLongDecimal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValueLongDecimal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValueLongDecimal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
        w.field(5usize, &self.value);
    }
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
rt::impl_object!(GroupPolicyPresentationValueLongDecimal);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValueLongDecimal { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation; with_value
    value : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValueLongDecimal);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents a string value of a multi-line text box presentation on a policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValueMultiText`, entity type, derived from `microsoft.graph.groupPolicyPresentationValue`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<GroupPolicyPresentationValueMultiText, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValueMultiText {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// A collection of non-empty strings for the associated presentation.
    ///
    /// CSDL: property `values`: `Collection(Edm.String)`, nullable.
    pub values: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValueMultiText {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValueMultiText {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValueMultiText";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValueMultiText\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
        v.field(5usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValueMultiText {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            5usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
        w.field(5usize, &self.values);
    }
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
rt::impl_object!(GroupPolicyPresentationValueMultiText);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValueMultiText { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation;
    with_values values : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValueMultiText);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents a string value for a drop-down list, combo box, or text box presentation on a policy definition.
///
/// CSDL: `microsoft.graph.groupPolicyPresentationValueText`, entity type, derived from `microsoft.graph.groupPolicyPresentationValue`, key `id`.
///
/// Request builders: [`GroupPolicyPresentationValuePath`](requests/trait.GroupPolicyPresentationValuePath.html), what a path to one (`EntityPath<GroupPolicyPresentationValueText, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyPresentationValueText {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The date and time the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The group policy definition value associated with the presentation value.
    ///
    /// CSDL: navigation property `definitionValue`: `microsoft.graph.groupPolicyDefinitionValue`, nullable.
    pub definition_value: rt::Field<crate::beta::GroupPolicyDefinitionValue>,
    /// The group policy presentation associated with the presentation value.
    ///
    /// CSDL: navigation property `presentation`: `microsoft.graph.groupPolicyPresentation`, nullable.
    pub presentation: rt::Field<crate::beta::AnyGroupPolicyPresentation>,
    /// A string value for the associated presentation.
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyPresentationValueText {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            definition_value: rt::Field::Absent,
            presentation: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyPresentationValueText {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyPresentationValueText";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "definitionValue",
        "presentation",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"definitionValue\":              ",
        ",\"presentation\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyPresentationValueText\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "definition_value", &self.definition_value);
        v.field(4usize, "presentation", &self.presentation);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyPresentationValueText {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.definition_value.read_from(r),
            4usize => self.presentation.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.definition_value);
        w.field(4usize, &self.presentation);
        w.field(5usize, &self.value);
    }
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
rt::impl_object!(GroupPolicyPresentationValueText);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyPresentationValueText { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_definition_value definition_value : crate ::beta::GroupPolicyDefinitionValue;
    with_presentation presentation : crate ::beta::AnyGroupPolicyPresentation; with_value
    value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyPresentationValueText);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Group Policy setting to MDM/Intune mapping.
///
/// CSDL: `microsoft.graph.groupPolicySettingMapping`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicySettingMapping {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Admx Group Policy Id
    ///
    /// CSDL: property `admxSettingDefinitionId`: `Edm.String`, nullable.
    pub admx_setting_definition_id: rt::Field<::std::string::String>,
    /// List of Child Ids of the group policy setting.
    ///
    /// CSDL: property `childIdList`: `Collection(Edm.String)`, nullable.
    pub child_id_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The Intune Setting Definition Id
    ///
    /// CSDL: property `intuneSettingDefinitionId`: `Edm.String`, nullable.
    pub intune_setting_definition_id: rt::Field<::std::string::String>,
    /// The list of Intune Setting URIs this group policy setting maps to
    ///
    /// CSDL: property `intuneSettingUriList`: `Collection(Edm.String)`, nullable.
    pub intune_setting_uri_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates if the setting is supported by Intune or not
    ///
    /// CSDL: property `isMdmSupported`: `Edm.Boolean`, not nullable.
    pub is_mdm_supported: rt::Field<bool>,
    /// The CSP name this group policy setting maps to.
    ///
    /// CSDL: property `mdmCspName`: `Edm.String`, nullable.
    pub mdm_csp_name: rt::Field<::std::string::String>,
    /// The minimum OS version this mdm setting supports.
    ///
    /// CSDL: property `mdmMinimumOSVersion`: `Edm.Int32`, not nullable.
    pub mdm_minimum_os_version: rt::Field<i32>,
    /// The MDM CSP URI this group policy setting maps to.
    ///
    /// CSDL: property `mdmSettingUri`: `Edm.String`, nullable.
    pub mdm_setting_uri: rt::Field<::std::string::String>,
    /// Indicates if the setting is supported in Mdm or not
    ///
    /// CSDL: property `mdmSupportedState`: `microsoft.graph.mdmSupportedState`, not nullable.
    pub mdm_supported_state: rt::Field<crate::beta::MdmSupportedState>,
    /// Parent Id of the group policy setting.
    ///
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// The category the group policy setting is in.
    ///
    /// CSDL: property `settingCategory`: `Edm.String`, nullable.
    pub setting_category: rt::Field<::std::string::String>,
    /// The display name of this group policy setting.
    ///
    /// CSDL: property `settingDisplayName`: `Edm.String`, nullable.
    pub setting_display_name: rt::Field<::std::string::String>,
    /// The display value of this group policy setting.
    ///
    /// CSDL: property `settingDisplayValue`: `Edm.String`, nullable.
    pub setting_display_value: rt::Field<::std::string::String>,
    /// The display value type of this group policy setting.
    ///
    /// CSDL: property `settingDisplayValueType`: `Edm.String`, nullable.
    pub setting_display_value_type: rt::Field<::std::string::String>,
    /// The name of this group policy setting.
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// The scope of the setting
    ///
    /// CSDL: property `settingScope`: `microsoft.graph.groupPolicySettingScope`, not nullable.
    pub setting_scope: rt::Field<crate::beta::GroupPolicySettingScope>,
    /// The setting type (security or admx) of the Group Policy.
    ///
    /// CSDL: property `settingType`: `microsoft.graph.groupPolicySettingType`, not nullable.
    pub setting_type: rt::Field<crate::beta::GroupPolicySettingType>,
    /// The value of this group policy setting.
    ///
    /// CSDL: property `settingValue`: `Edm.String`, nullable.
    pub setting_value: rt::Field<::std::string::String>,
    /// The display units of this group policy setting value
    ///
    /// CSDL: property `settingValueDisplayUnits`: `Edm.String`, nullable.
    pub setting_value_display_units: rt::Field<::std::string::String>,
    /// The value type of this group policy setting.
    ///
    /// CSDL: property `settingValueType`: `Edm.String`, nullable.
    pub setting_value_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicySettingMapping {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            admx_setting_definition_id: rt::Field::Absent,
            child_id_list: rt::Field::Absent,
            intune_setting_definition_id: rt::Field::Absent,
            intune_setting_uri_list: rt::Field::Absent,
            is_mdm_supported: rt::Field::Absent,
            mdm_csp_name: rt::Field::Absent,
            mdm_minimum_os_version: rt::Field::Absent,
            mdm_setting_uri: rt::Field::Absent,
            mdm_supported_state: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            setting_category: rt::Field::Absent,
            setting_display_name: rt::Field::Absent,
            setting_display_value: rt::Field::Absent,
            setting_display_value_type: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            setting_scope: rt::Field::Absent,
            setting_type: rt::Field::Absent,
            setting_value: rt::Field::Absent,
            setting_value_display_units: rt::Field::Absent,
            setting_value_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicySettingMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicySettingMapping";
    const KEYS: &'static [&'static str] = &[
        "id",
        "admxSettingDefinitionId",
        "childIdList",
        "intuneSettingDefinitionId",
        "intuneSettingUriList",
        "isMdmSupported",
        "mdmCspName",
        "mdmMinimumOSVersion",
        "mdmSettingUri",
        "mdmSupportedState",
        "parentId",
        "settingCategory",
        "settingDisplayName",
        "settingDisplayValue",
        "settingDisplayValueType",
        "settingName",
        "settingScope",
        "settingType",
        "settingValue",
        "settingValueDisplayUnits",
        "settingValueType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"admxSettingDefinitionId\":      ",
        ",\"childIdList\":                  ",
        ",\"intuneSettingDefinitionId\":    ",
        ",\"intuneSettingUriList\":         ",
        ",\"isMdmSupported\":               ",
        ",\"mdmCspName\":                   ",
        ",\"mdmMinimumOSVersion\":          ",
        ",\"mdmSettingUri\":                ",
        ",\"mdmSupportedState\":            ",
        ",\"parentId\":                     ",
        ",\"settingCategory\":              ",
        ",\"settingDisplayName\":           ",
        ",\"settingDisplayValue\":          ",
        ",\"settingDisplayValueType\":      ",
        ",\"settingName\":                  ",
        ",\"settingScope\":                 ",
        ",\"settingType\":                  ",
        ",\"settingValue\":                 ",
        ",\"settingValueDisplayUnits\":     ",
        ",\"settingValueType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicySettingMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "admx_setting_definition_id", &self.admx_setting_definition_id);
        v.field(2usize, "child_id_list", &self.child_id_list);
        v.field(
            3usize,
            "intune_setting_definition_id",
            &self.intune_setting_definition_id,
        );
        v.field(4usize, "intune_setting_uri_list", &self.intune_setting_uri_list);
        v.field(5usize, "is_mdm_supported", &self.is_mdm_supported);
        v.field(6usize, "mdm_csp_name", &self.mdm_csp_name);
        v.field(7usize, "mdm_minimum_os_version", &self.mdm_minimum_os_version);
        v.field(8usize, "mdm_setting_uri", &self.mdm_setting_uri);
        v.field(9usize, "mdm_supported_state", &self.mdm_supported_state);
        v.field(10usize, "parent_id", &self.parent_id);
        v.field(11usize, "setting_category", &self.setting_category);
        v.field(12usize, "setting_display_name", &self.setting_display_name);
        v.field(13usize, "setting_display_value", &self.setting_display_value);
        v.field(14usize, "setting_display_value_type", &self.setting_display_value_type);
        v.field(15usize, "setting_name", &self.setting_name);
        v.field(16usize, "setting_scope", &self.setting_scope);
        v.field(17usize, "setting_type", &self.setting_type);
        v.field(18usize, "setting_value", &self.setting_value);
        v.field(
            19usize,
            "setting_value_display_units",
            &self.setting_value_display_units,
        );
        v.field(20usize, "setting_value_type", &self.setting_value_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicySettingMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.admx_setting_definition_id.read_from(r),
            2usize => self.child_id_list.read_from(r),
            3usize => self.intune_setting_definition_id.read_from(r),
            4usize => self.intune_setting_uri_list.read_from(r),
            5usize => self.is_mdm_supported.read_from(r),
            6usize => self.mdm_csp_name.read_from(r),
            7usize => self.mdm_minimum_os_version.read_from(r),
            8usize => self.mdm_setting_uri.read_from(r),
            9usize => self.mdm_supported_state.read_from(r),
            10usize => self.parent_id.read_from(r),
            11usize => self.setting_category.read_from(r),
            12usize => self.setting_display_name.read_from(r),
            13usize => self.setting_display_value.read_from(r),
            14usize => self.setting_display_value_type.read_from(r),
            15usize => self.setting_name.read_from(r),
            16usize => self.setting_scope.read_from(r),
            17usize => self.setting_type.read_from(r),
            18usize => self.setting_value.read_from(r),
            19usize => self.setting_value_display_units.read_from(r),
            20usize => self.setting_value_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.admx_setting_definition_id);
        w.field(2usize, &self.child_id_list);
        w.field(3usize, &self.intune_setting_definition_id);
        w.field(4usize, &self.intune_setting_uri_list);
        w.field(5usize, &self.is_mdm_supported);
        w.field(6usize, &self.mdm_csp_name);
        w.field(7usize, &self.mdm_minimum_os_version);
        w.field(8usize, &self.mdm_setting_uri);
        w.field(9usize, &self.mdm_supported_state);
        w.field(10usize, &self.parent_id);
        w.field(11usize, &self.setting_category);
        w.field(12usize, &self.setting_display_name);
        w.field(13usize, &self.setting_display_value);
        w.field(14usize, &self.setting_display_value_type);
        w.field(15usize, &self.setting_name);
        w.field(16usize, &self.setting_scope);
        w.field(17usize, &self.setting_type);
        w.field(18usize, &self.setting_value);
        w.field(19usize, &self.setting_value_display_units);
        w.field(20usize, &self.setting_value_type);
    }
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
rt::impl_object!(GroupPolicySettingMapping);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicySettingMapping { with_id id : ::std::string::String;
    with_admx_setting_definition_id admx_setting_definition_id : ::std::string::String;
    with_child_id_list child_id_list : ::std::vec::Vec < ::std::string::String >;
    with_intune_setting_definition_id intune_setting_definition_id :
    ::std::string::String; with_intune_setting_uri_list intune_setting_uri_list :
    ::std::vec::Vec < ::std::string::String >; with_is_mdm_supported is_mdm_supported :
    bool; with_mdm_csp_name mdm_csp_name : ::std::string::String;
    with_mdm_minimum_os_version mdm_minimum_os_version : i32; with_mdm_setting_uri
    mdm_setting_uri : ::std::string::String; with_mdm_supported_state mdm_supported_state
    : crate ::beta::MdmSupportedState; with_parent_id parent_id : ::std::string::String;
    with_setting_category setting_category : ::std::string::String;
    with_setting_display_name setting_display_name : ::std::string::String;
    with_setting_display_value setting_display_value : ::std::string::String;
    with_setting_display_value_type setting_display_value_type : ::std::string::String;
    with_setting_name setting_name : ::std::string::String; with_setting_scope
    setting_scope : crate ::beta::GroupPolicySettingScope; with_setting_type setting_type
    : crate ::beta::GroupPolicySettingType; with_setting_value setting_value :
    ::std::string::String; with_setting_value_display_units setting_value_display_units :
    ::std::string::String; with_setting_value_type setting_value_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicySettingMapping);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicySettingScope`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicySettingScope {
    /// `unknown` (value 0).
    Unknown,
    /// `device` (value 1).
    Device,
    /// `user` (value 2).
    User,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicySettingScope {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicySettingScope";
    const MEMBERS: &'static [&'static str] = &["unknown", "device", "user"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "device" => Self::Device,
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
            Self::Unknown => "unknown",
            Self::Device => "device",
            Self::User => "user",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicySettingScope);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicySettingScope);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicySettingType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicySettingType {
    /// `unknown` (value 0).
    Unknown,
    /// `policy` (value 1).
    Policy,
    /// `account` (value 2).
    Account,
    /// `securityOptions` (value 3).
    SecurityOptions,
    /// `userRightsAssignment` (value 4).
    UserRightsAssignment,
    /// `auditSetting` (value 5).
    AuditSetting,
    /// `windowsFirewallSettings` (value 6).
    WindowsFirewallSettings,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicySettingType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicySettingType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "policy",
        "account",
        "securityOptions",
        "userRightsAssignment",
        "auditSetting",
        "windowsFirewallSettings",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "policy" => Self::Policy,
                "account" => Self::Account,
                "securityOptions" => Self::SecurityOptions,
                "userRightsAssignment" => Self::UserRightsAssignment,
                "auditSetting" => Self::AuditSetting,
                "windowsFirewallSettings" => Self::WindowsFirewallSettings,
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
            Self::Policy => "policy",
            Self::Account => "account",
            Self::SecurityOptions => "securityOptions",
            Self::UserRightsAssignment => "userRightsAssignment",
            Self::AuditSetting => "auditSetting",
            Self::WindowsFirewallSettings => "windowsFirewallSettings",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicySettingType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicySettingType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyType {
    /// `admxBacked` (value 0).
    AdmxBacked,
    /// `admxIngested` (value 1).
    AdmxIngested,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyType";
    const MEMBERS: &'static [&'static str] = &["admxBacked", "admxIngested"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "admxBacked" => Self::AdmxBacked,
                "admxIngested" => Self::AdmxIngested,
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
            Self::AdmxBacked => "admxBacked",
            Self::AdmxIngested => "admxIngested",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents an ADMX (Administrative Template) XML file uploaded by Administrator. The ADMX file contains a collection of group policy definitions and their locations by category path. The group policy definition file also contains the languages supported as determined by the language dependent ADML (Administrative Template) language files.
///
/// CSDL: `microsoft.graph.groupPolicyUploadedDefinitionFile`, entity type, derived from `microsoft.graph.groupPolicyDefinitionFile`, key `id`.
///
/// Request builders: [`GroupPolicyUploadedDefinitionFilePath`](requests/trait.GroupPolicyUploadedDefinitionFilePath.html), what a path to one (`EntityPath<GroupPolicyUploadedDefinitionFile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyUploadedDefinitionFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The localized description of the policy settings in the ADMX file. The default value is empty.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The localized friendly name of the ADMX file.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The supported language codes for the ADMX file.
    ///
    /// CSDL: property `languageCodes`: `Collection(Edm.String)`, nullable.
    pub language_codes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Specifies the type of group policy.
    ///
    /// CSDL: property `policyType`: `microsoft.graph.groupPolicyType`, not nullable.
    pub policy_type: rt::Field<crate::beta::GroupPolicyType>,
    /// The revision version associated with the file.
    ///
    /// CSDL: property `revision`: `Edm.String`, nullable.
    pub revision: rt::Field<::std::string::String>,
    /// Specifies the URI used to identify the namespace within the ADMX file.
    ///
    /// CSDL: property `targetNamespace`: `Edm.String`, nullable.
    pub target_namespace: rt::Field<::std::string::String>,
    /// Specifies the logical name that refers to the namespace within the ADMX file.
    ///
    /// CSDL: property `targetPrefix`: `Edm.String`, nullable.
    pub target_prefix: rt::Field<::std::string::String>,
    /// The group policy definitions associated with the file.
    ///
    /// CSDL: navigation property `definitions`: `Collection(microsoft.graph.groupPolicyDefinition)`, not nullable.
    pub definitions: rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinition>>,
    /// The contents of the uploaded ADMX file.
    ///
    /// CSDL: property `content`: `Edm.Binary`, nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// The default language of the uploaded ADMX file.
    ///
    /// CSDL: property `defaultLanguageCode`: `Edm.String`, nullable.
    pub default_language_code: rt::Field<::std::string::String>,
    /// The file name of the uploaded ADML file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The list of ADML files associated with the uploaded ADMX file.
    ///
    /// CSDL: property `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`, nullable.
    pub group_policy_uploaded_language_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyUploadedLanguageFile>,
    >,
    /// The upload status of the uploaded ADMX file.
    ///
    /// CSDL: property `status`: `microsoft.graph.groupPolicyUploadedDefinitionFileStatus`, not nullable.
    pub status: rt::Field<crate::beta::GroupPolicyUploadedDefinitionFileStatus>,
    /// The uploaded time of the uploaded ADMX file.
    ///
    /// CSDL: property `uploadDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub upload_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The list of operations on the uploaded ADMX file.
    ///
    /// CSDL: containment navigation property `groupPolicyOperations`: `Collection(microsoft.graph.groupPolicyOperation)`, not nullable.
    pub group_policy_operations: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyOperation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyUploadedDefinitionFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            language_codes: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            policy_type: rt::Field::Absent,
            revision: rt::Field::Absent,
            target_namespace: rt::Field::Absent,
            target_prefix: rt::Field::Absent,
            definitions: rt::Field::Absent,
            content: rt::Field::Absent,
            default_language_code: rt::Field::Absent,
            file_name: rt::Field::Absent,
            group_policy_uploaded_language_files: rt::Field::Absent,
            status: rt::Field::Absent,
            upload_date_time: rt::Field::Absent,
            group_policy_operations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyUploadedDefinitionFile {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyUploadedDefinitionFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "languageCodes",
        "lastModifiedDateTime",
        "policyType",
        "revision",
        "targetNamespace",
        "targetPrefix",
        "definitions",
        "content",
        "defaultLanguageCode",
        "fileName",
        "groupPolicyUploadedLanguageFiles",
        "status",
        "uploadDateTime",
        "groupPolicyOperations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"languageCodes\":                ",
        ",\"lastModifiedDateTime\":         ",
        ",\"policyType\":                   ",
        ",\"revision\":                     ",
        ",\"targetNamespace\":              ",
        ",\"targetPrefix\":                 ",
        ",\"definitions\":                  ",
        ",\"content\":                      ",
        ",\"defaultLanguageCode\":          ",
        ",\"fileName\":                     ",
        ",\"groupPolicyUploadedLanguageFiles\":",
        ",\"status\":                       ",
        ",\"uploadDateTime\":               ",
        ",\"groupPolicyOperations\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyUploadedDefinitionFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "language_codes", &self.language_codes);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "policy_type", &self.policy_type);
        v.field(6usize, "revision", &self.revision);
        v.field(7usize, "target_namespace", &self.target_namespace);
        v.field(8usize, "target_prefix", &self.target_prefix);
        v.field(9usize, "definitions", &self.definitions);
        v.field(10usize, "content", &self.content);
        v.field(11usize, "default_language_code", &self.default_language_code);
        v.field(12usize, "file_name", &self.file_name);
        v.field(
            13usize,
            "group_policy_uploaded_language_files",
            &self.group_policy_uploaded_language_files,
        );
        v.field(14usize, "status", &self.status);
        v.field(15usize, "upload_date_time", &self.upload_date_time);
        v.field(16usize, "group_policy_operations", &self.group_policy_operations);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyUploadedDefinitionFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.language_codes.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.policy_type.read_from(r),
            6usize => self.revision.read_from(r),
            7usize => self.target_namespace.read_from(r),
            8usize => self.target_prefix.read_from(r),
            9usize => self.definitions.read_from(r),
            10usize => self.content.read_from(r),
            11usize => self.default_language_code.read_from(r),
            12usize => self.file_name.read_from(r),
            13usize => self.group_policy_uploaded_language_files.read_from(r),
            14usize => self.status.read_from(r),
            15usize => self.upload_date_time.read_from(r),
            16usize => self.group_policy_operations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.language_codes);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.policy_type);
        w.field(6usize, &self.revision);
        w.field(7usize, &self.target_namespace);
        w.field(8usize, &self.target_prefix);
        w.field(9usize, &self.definitions);
        w.field(10usize, &self.content);
        w.field(11usize, &self.default_language_code);
        w.field(12usize, &self.file_name);
        w.field(13usize, &self.group_policy_uploaded_language_files);
        w.field(14usize, &self.status);
        w.field(15usize, &self.upload_date_time);
        w.field(16usize, &self.group_policy_operations);
    }
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
rt::impl_object!(GroupPolicyUploadedDefinitionFile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyUploadedDefinitionFile { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_language_codes language_codes : ::std::vec::Vec <
    ::std::string::String >; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_policy_type policy_type : crate
    ::beta::GroupPolicyType; with_revision revision : ::std::string::String;
    with_target_namespace target_namespace : ::std::string::String; with_target_prefix
    target_prefix : ::std::string::String; with_definitions definitions : ::std::vec::Vec
    < crate ::beta::GroupPolicyDefinition >; with_content content : rt::edm::Binary;
    with_default_language_code default_language_code : ::std::string::String;
    with_file_name file_name : ::std::string::String;
    with_group_policy_uploaded_language_files group_policy_uploaded_language_files :
    ::std::vec::Vec < crate ::beta::GroupPolicyUploadedLanguageFile >; with_status status
    : crate ::beta::GroupPolicyUploadedDefinitionFileStatus; with_upload_date_time
    upload_date_time : rt::edm::DateTimeOffset; with_group_policy_operations
    group_policy_operations : ::std::vec::Vec < crate ::beta::GroupPolicyOperation >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedDefinitionFile);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.groupPolicyUploadedDefinitionFileStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPolicyUploadedDefinitionFileStatus {
    /// `none` (value 0).
    None,
    /// `uploadInProgress` (value 1).
    UploadInProgress,
    /// `available` (value 2).
    Available,
    /// `assigned` (value 3).
    Assigned,
    /// `removalInProgress` (value 4).
    RemovalInProgress,
    /// `uploadFailed` (value 5).
    UploadFailed,
    /// `removalFailed` (value 6).
    RemovalFailed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GroupPolicyUploadedDefinitionFileStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyUploadedDefinitionFileStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "uploadInProgress",
        "available",
        "assigned",
        "removalInProgress",
        "uploadFailed",
        "removalFailed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "uploadInProgress" => Self::UploadInProgress,
                "available" => Self::Available,
                "assigned" => Self::Assigned,
                "removalInProgress" => Self::RemovalInProgress,
                "uploadFailed" => Self::UploadFailed,
                "removalFailed" => Self::RemovalFailed,
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
            Self::UploadInProgress => "uploadInProgress",
            Self::Available => "available",
            Self::Assigned => "assigned",
            Self::RemovalInProgress => "removalInProgress",
            Self::UploadFailed => "uploadFailed",
            Self::RemovalFailed => "removalFailed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GroupPolicyUploadedDefinitionFileStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedDefinitionFileStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// The entity represents an ADML (Administrative Template language) XML file uploaded by Administrator.
///
/// CSDL: `microsoft.graph.groupPolicyUploadedLanguageFile`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyUploadedLanguageFile {
    /// The contents of the uploaded ADML file.
    ///
    /// CSDL: property `content`: `Edm.Binary`, nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// The file name of the uploaded ADML file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Key of the entity.
    ///
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// The language code of the uploaded ADML file.
    ///
    /// CSDL: property `languageCode`: `Edm.String`, nullable.
    pub language_code: rt::Field<::std::string::String>,
    /// The date and time the entity was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyUploadedLanguageFile {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            file_name: rt::Field::Absent,
            id: rt::Field::Absent,
            language_code: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyUploadedLanguageFile {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyUploadedLanguageFile";
    const KEYS: &'static [&'static str] = &[
        "content",
        "fileName",
        "id",
        "languageCode",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"fileName\":                     ",
        ",\"id\":                           ",
        ",\"languageCode\":                 ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyUploadedLanguageFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "file_name", &self.file_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "language_code", &self.language_code);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyUploadedLanguageFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.file_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.language_code.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.file_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.language_code);
        w.field(4usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(GroupPolicyUploadedLanguageFile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyUploadedLanguageFile { with_content content : rt::edm::Binary;
    with_file_name file_name : ::std::string::String; with_id id : ::std::string::String;
    with_language_code language_code : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedLanguageFile);
#[cfg(msgraph_beta_core)]
/// Hardware information of a given device.
///
/// CSDL: `microsoft.graph.hardwareInformation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HardwareInformation {
    /// The number of charge cycles the device’s current battery has gone through. Valid values 0 to 2147483647
    ///
    /// CSDL: property `batteryChargeCycles`: `Edm.Int32`, not nullable.
    pub battery_charge_cycles: rt::Field<i32>,
    /// The device’s current battery’s health percentage. Valid values 0 to 100
    ///
    /// CSDL: property `batteryHealthPercentage`: `Edm.Int32`, not nullable.
    pub battery_health_percentage: rt::Field<i32>,
    /// The serial number of the device’s current battery
    ///
    /// CSDL: property `batterySerialNumber`: `Edm.String`, nullable.
    pub battery_serial_number: rt::Field<::std::string::String>,
    /// Cellular technology of the device
    ///
    /// CSDL: property `cellularTechnology`: `Edm.String`, nullable.
    pub cellular_technology: rt::Field<::std::string::String>,
    /// Returns the fully qualified domain name of the device (if any). If the device is not domain-joined, it returns an empty string.
    ///
    /// CSDL: property `deviceFullQualifiedDomainName`: `Edm.String`, nullable.
    pub device_full_qualified_domain_name: rt::Field<::std::string::String>,
    /// Local System Authority (LSA) credential guard status.
    ///
    /// CSDL: property `deviceGuardLocalSystemAuthorityCredentialGuardState`: `microsoft.graph.deviceGuardLocalSystemAuthorityCredentialGuardState`, not nullable.
    pub device_guard_local_system_authority_credential_guard_state: rt::Field<
        crate::beta::DeviceGuardLocalSystemAuthorityCredentialGuardState,
    >,
    /// Virtualization-based security hardware requirement status.
    ///
    /// CSDL: property `deviceGuardVirtualizationBasedSecurityHardwareRequirementState`: `microsoft.graph.deviceGuardVirtualizationBasedSecurityHardwareRequirementState`, not nullable.
    pub device_guard_virtualization_based_security_hardware_requirement_state: rt::Field<
        crate::beta::DeviceGuardVirtualizationBasedSecurityHardwareRequirementState,
    >,
    /// Virtualization-based security status.
    ///
    /// CSDL: property `deviceGuardVirtualizationBasedSecurityState`: `microsoft.graph.deviceGuardVirtualizationBasedSecurityState`, not nullable.
    pub device_guard_virtualization_based_security_state: rt::Field<
        crate::beta::DeviceGuardVirtualizationBasedSecurityState,
    >,
    /// eSIM identifier
    ///
    /// CSDL: property `esimIdentifier`: `Edm.String`, nullable.
    pub esim_identifier: rt::Field<::std::string::String>,
    /// Free storage space of the device.
    ///
    /// CSDL: property `freeStorageSpace`: `Edm.Int64`, not nullable.
    pub free_storage_space: rt::Field<i64>,
    /// IMEI
    ///
    /// CSDL: property `imei`: `Edm.String`, nullable.
    pub imei: rt::Field<::std::string::String>,
    /// IPAddressV4
    ///
    /// CSDL: property `ipAddressV4`: `Edm.String`, nullable.
    pub ip_address_v4: rt::Field<::std::string::String>,
    /// Encryption status of the device
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// Shared iPad
    ///
    /// CSDL: property `isSharedDevice`: `Edm.Boolean`, not nullable.
    pub is_shared_device: rt::Field<bool>,
    /// Supervised mode of the device
    ///
    /// CSDL: property `isSupervised`: `Edm.Boolean`, not nullable.
    pub is_supervised: rt::Field<bool>,
    /// Manufacturer of the device
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// MEID
    ///
    /// CSDL: property `meid`: `Edm.String`, nullable.
    pub meid: rt::Field<::std::string::String>,
    /// Model of the device
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// String that specifies the OS edition.
    ///
    /// CSDL: property `operatingSystemEdition`: `Edm.String`, nullable.
    pub operating_system_edition: rt::Field<::std::string::String>,
    /// Operating system language of the device
    ///
    /// CSDL: property `operatingSystemLanguage`: `Edm.String`, nullable.
    pub operating_system_language: rt::Field<::std::string::String>,
    /// Int that specifies the Windows Operating System ProductType. More details here https://go.microsoft.com/fwlink/?linkid=2126950. Valid values 0 to 2147483647
    ///
    /// CSDL: property `operatingSystemProductType`: `Edm.Int32`, not nullable.
    pub operating_system_product_type: rt::Field<i32>,
    /// Operating System Build Number on Android device
    ///
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// Phone number of the device
    ///
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// Serial number.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// All users on the shared Apple device
    ///
    /// CSDL: property `sharedDeviceCachedUsers`: `Collection(microsoft.graph.sharedAppleDeviceUser)`, nullable.
    pub shared_device_cached_users: rt::Field<
        ::std::vec::Vec<crate::beta::SharedAppleDeviceUser>,
    >,
    /// SubnetAddress
    ///
    /// CSDL: property `subnetAddress`: `Edm.String`, nullable.
    pub subnet_address: rt::Field<::std::string::String>,
    /// Subscriber carrier of the device
    ///
    /// CSDL: property `subscriberCarrier`: `Edm.String`, nullable.
    pub subscriber_carrier: rt::Field<::std::string::String>,
    /// Total storage space of the device.
    ///
    /// CSDL: property `totalStorageSpace`: `Edm.Int64`, not nullable.
    pub total_storage_space: rt::Field<i64>,
    /// String that specifies the specification version.
    ///
    /// CSDL: property `tpmSpecificationVersion`: `Edm.String`, nullable.
    pub tpm_specification_version: rt::Field<::std::string::String>,
    /// WiFi MAC address of the device
    ///
    /// CSDL: property `wifiMac`: `Edm.String`, nullable.
    pub wifi_mac: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for HardwareInformation {
    #[inline]
    fn default() -> Self {
        Self {
            battery_charge_cycles: rt::Field::Absent,
            battery_health_percentage: rt::Field::Absent,
            battery_serial_number: rt::Field::Absent,
            cellular_technology: rt::Field::Absent,
            device_full_qualified_domain_name: rt::Field::Absent,
            device_guard_local_system_authority_credential_guard_state: rt::Field::Absent,
            device_guard_virtualization_based_security_hardware_requirement_state: rt::Field::Absent,
            device_guard_virtualization_based_security_state: rt::Field::Absent,
            esim_identifier: rt::Field::Absent,
            free_storage_space: rt::Field::Absent,
            imei: rt::Field::Absent,
            ip_address_v4: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            is_shared_device: rt::Field::Absent,
            is_supervised: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            meid: rt::Field::Absent,
            model: rt::Field::Absent,
            operating_system_edition: rt::Field::Absent,
            operating_system_language: rt::Field::Absent,
            operating_system_product_type: rt::Field::Absent,
            os_build_number: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            shared_device_cached_users: rt::Field::Absent,
            subnet_address: rt::Field::Absent,
            subscriber_carrier: rt::Field::Absent,
            total_storage_space: rt::Field::Absent,
            tpm_specification_version: rt::Field::Absent,
            wifi_mac: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for HardwareInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.hardwareInformation";
    const KEYS: &'static [&'static str] = &[
        "batteryChargeCycles",
        "batteryHealthPercentage",
        "batterySerialNumber",
        "cellularTechnology",
        "deviceFullQualifiedDomainName",
        "deviceGuardLocalSystemAuthorityCredentialGuardState",
        "deviceGuardVirtualizationBasedSecurityHardwareRequirementState",
        "deviceGuardVirtualizationBasedSecurityState",
        "esimIdentifier",
        "freeStorageSpace",
        "imei",
        "ipAddressV4",
        "isEncrypted",
        "isSharedDevice",
        "isSupervised",
        "manufacturer",
        "meid",
        "model",
        "operatingSystemEdition",
        "operatingSystemLanguage",
        "operatingSystemProductType",
        "osBuildNumber",
        "phoneNumber",
        "serialNumber",
        "sharedDeviceCachedUsers",
        "subnetAddress",
        "subscriberCarrier",
        "totalStorageSpace",
        "tpmSpecificationVersion",
        "wifiMac",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"batteryChargeCycles\":          ",
        ",\"batteryHealthPercentage\":      ",
        ",\"batterySerialNumber\":          ",
        ",\"cellularTechnology\":           ",
        ",\"deviceFullQualifiedDomainName\":",
        ",\"deviceGuardLocalSystemAuthorityCredentialGuardState\":",
        ",\"deviceGuardVirtualizationBasedSecurityHardwareRequirementState\":",
        ",\"deviceGuardVirtualizationBasedSecurityState\":",
        ",\"esimIdentifier\":               ",
        ",\"freeStorageSpace\":             ",
        ",\"imei\":                         ",
        ",\"ipAddressV4\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"isSharedDevice\":               ",
        ",\"isSupervised\":                 ",
        ",\"manufacturer\":                 ",
        ",\"meid\":                         ",
        ",\"model\":                        ",
        ",\"operatingSystemEdition\":       ",
        ",\"operatingSystemLanguage\":      ",
        ",\"operatingSystemProductType\":   ",
        ",\"osBuildNumber\":                ",
        ",\"phoneNumber\":                  ",
        ",\"serialNumber\":                 ",
        ",\"sharedDeviceCachedUsers\":      ",
        ",\"subnetAddress\":                ",
        ",\"subscriberCarrier\":            ",
        ",\"totalStorageSpace\":            ",
        ",\"tpmSpecificationVersion\":      ",
        ",\"wifiMac\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hardwareInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "battery_charge_cycles", &self.battery_charge_cycles);
        v.field(1usize, "battery_health_percentage", &self.battery_health_percentage);
        v.field(2usize, "battery_serial_number", &self.battery_serial_number);
        v.field(3usize, "cellular_technology", &self.cellular_technology);
        v.field(
            4usize,
            "device_full_qualified_domain_name",
            &self.device_full_qualified_domain_name,
        );
        v.field(
            5usize,
            "device_guard_local_system_authority_credential_guard_state",
            &self.device_guard_local_system_authority_credential_guard_state,
        );
        v.field(
            6usize,
            "device_guard_virtualization_based_security_hardware_requirement_state",
            &self.device_guard_virtualization_based_security_hardware_requirement_state,
        );
        v.field(
            7usize,
            "device_guard_virtualization_based_security_state",
            &self.device_guard_virtualization_based_security_state,
        );
        v.field(8usize, "esim_identifier", &self.esim_identifier);
        v.field(9usize, "free_storage_space", &self.free_storage_space);
        v.field(10usize, "imei", &self.imei);
        v.field(11usize, "ip_address_v4", &self.ip_address_v4);
        v.field(12usize, "is_encrypted", &self.is_encrypted);
        v.field(13usize, "is_shared_device", &self.is_shared_device);
        v.field(14usize, "is_supervised", &self.is_supervised);
        v.field(15usize, "manufacturer", &self.manufacturer);
        v.field(16usize, "meid", &self.meid);
        v.field(17usize, "model", &self.model);
        v.field(18usize, "operating_system_edition", &self.operating_system_edition);
        v.field(19usize, "operating_system_language", &self.operating_system_language);
        v.field(
            20usize,
            "operating_system_product_type",
            &self.operating_system_product_type,
        );
        v.field(21usize, "os_build_number", &self.os_build_number);
        v.field(22usize, "phone_number", &self.phone_number);
        v.field(23usize, "serial_number", &self.serial_number);
        v.field(24usize, "shared_device_cached_users", &self.shared_device_cached_users);
        v.field(25usize, "subnet_address", &self.subnet_address);
        v.field(26usize, "subscriber_carrier", &self.subscriber_carrier);
        v.field(27usize, "total_storage_space", &self.total_storage_space);
        v.field(28usize, "tpm_specification_version", &self.tpm_specification_version);
        v.field(29usize, "wifi_mac", &self.wifi_mac);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for HardwareInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.battery_charge_cycles.read_from(r),
            1usize => self.battery_health_percentage.read_from(r),
            2usize => self.battery_serial_number.read_from(r),
            3usize => self.cellular_technology.read_from(r),
            4usize => self.device_full_qualified_domain_name.read_from(r),
            5usize => {
                self.device_guard_local_system_authority_credential_guard_state
                    .read_from(r)
            }
            6usize => {
                self.device_guard_virtualization_based_security_hardware_requirement_state
                    .read_from(r)
            }
            7usize => self.device_guard_virtualization_based_security_state.read_from(r),
            8usize => self.esim_identifier.read_from(r),
            9usize => self.free_storage_space.read_from(r),
            10usize => self.imei.read_from(r),
            11usize => self.ip_address_v4.read_from(r),
            12usize => self.is_encrypted.read_from(r),
            13usize => self.is_shared_device.read_from(r),
            14usize => self.is_supervised.read_from(r),
            15usize => self.manufacturer.read_from(r),
            16usize => self.meid.read_from(r),
            17usize => self.model.read_from(r),
            18usize => self.operating_system_edition.read_from(r),
            19usize => self.operating_system_language.read_from(r),
            20usize => self.operating_system_product_type.read_from(r),
            21usize => self.os_build_number.read_from(r),
            22usize => self.phone_number.read_from(r),
            23usize => self.serial_number.read_from(r),
            24usize => self.shared_device_cached_users.read_from(r),
            25usize => self.subnet_address.read_from(r),
            26usize => self.subscriber_carrier.read_from(r),
            27usize => self.total_storage_space.read_from(r),
            28usize => self.tpm_specification_version.read_from(r),
            29usize => self.wifi_mac.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.battery_charge_cycles);
        w.field(1usize, &self.battery_health_percentage);
        w.field(2usize, &self.battery_serial_number);
        w.field(3usize, &self.cellular_technology);
        w.field(4usize, &self.device_full_qualified_domain_name);
        w.field(
            5usize,
            &self.device_guard_local_system_authority_credential_guard_state,
        );
        w.field(
            6usize,
            &self.device_guard_virtualization_based_security_hardware_requirement_state,
        );
        w.field(7usize, &self.device_guard_virtualization_based_security_state);
        w.field(8usize, &self.esim_identifier);
        w.field(9usize, &self.free_storage_space);
        w.field(10usize, &self.imei);
        w.field(11usize, &self.ip_address_v4);
        w.field(12usize, &self.is_encrypted);
        w.field(13usize, &self.is_shared_device);
        w.field(14usize, &self.is_supervised);
        w.field(15usize, &self.manufacturer);
        w.field(16usize, &self.meid);
        w.field(17usize, &self.model);
        w.field(18usize, &self.operating_system_edition);
        w.field(19usize, &self.operating_system_language);
        w.field(20usize, &self.operating_system_product_type);
        w.field(21usize, &self.os_build_number);
        w.field(22usize, &self.phone_number);
        w.field(23usize, &self.serial_number);
        w.field(24usize, &self.shared_device_cached_users);
        w.field(25usize, &self.subnet_address);
        w.field(26usize, &self.subscriber_carrier);
        w.field(27usize, &self.total_storage_space);
        w.field(28usize, &self.tpm_specification_version);
        w.field(29usize, &self.wifi_mac);
    }
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
rt::impl_object!(HardwareInformation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    HardwareInformation { with_battery_charge_cycles battery_charge_cycles : i32;
    with_battery_health_percentage battery_health_percentage : i32;
    with_battery_serial_number battery_serial_number : ::std::string::String;
    with_cellular_technology cellular_technology : ::std::string::String;
    with_device_full_qualified_domain_name device_full_qualified_domain_name :
    ::std::string::String;
    with_device_guard_local_system_authority_credential_guard_state
    device_guard_local_system_authority_credential_guard_state : crate
    ::beta::DeviceGuardLocalSystemAuthorityCredentialGuardState;
    with_device_guard_virtualization_based_security_hardware_requirement_state
    device_guard_virtualization_based_security_hardware_requirement_state : crate
    ::beta::DeviceGuardVirtualizationBasedSecurityHardwareRequirementState;
    with_device_guard_virtualization_based_security_state
    device_guard_virtualization_based_security_state : crate
    ::beta::DeviceGuardVirtualizationBasedSecurityState; with_esim_identifier
    esim_identifier : ::std::string::String; with_free_storage_space free_storage_space :
    i64; with_imei imei : ::std::string::String; with_ip_address_v4 ip_address_v4 :
    ::std::string::String; with_is_encrypted is_encrypted : bool; with_is_shared_device
    is_shared_device : bool; with_is_supervised is_supervised : bool; with_manufacturer
    manufacturer : ::std::string::String; with_meid meid : ::std::string::String;
    with_model model : ::std::string::String; with_operating_system_edition
    operating_system_edition : ::std::string::String; with_operating_system_language
    operating_system_language : ::std::string::String; with_operating_system_product_type
    operating_system_product_type : i32; with_os_build_number os_build_number :
    ::std::string::String; with_phone_number phone_number : ::std::string::String;
    with_serial_number serial_number : ::std::string::String;
    with_shared_device_cached_users shared_device_cached_users : ::std::vec::Vec < crate
    ::beta::SharedAppleDeviceUser >; with_subnet_address subnet_address :
    ::std::string::String; with_subscriber_carrier subscriber_carrier :
    ::std::string::String; with_total_storage_space total_storage_space : i64;
    with_tpm_specification_version tpm_specification_version : ::std::string::String;
    with_wifi_mac wifi_mac : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(HardwareInformation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.hashes`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Hashes {
    /// CSDL: property `crc32Hash`: `Edm.String`, nullable.
    pub crc32_hash: rt::Field<::std::string::String>,
    /// CSDL: property `quickXorHash`: `Edm.String`, nullable.
    pub quick_xor_hash: rt::Field<::std::string::String>,
    /// CSDL: property `sha1Hash`: `Edm.String`, nullable.
    pub sha1_hash: rt::Field<::std::string::String>,
    /// CSDL: property `sha256Hash`: `Edm.String`, nullable.
    pub sha256_hash: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Hashes {
    #[inline]
    fn default() -> Self {
        Self {
            crc32_hash: rt::Field::Absent,
            quick_xor_hash: rt::Field::Absent,
            sha1_hash: rt::Field::Absent,
            sha256_hash: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Hashes {
    const TYPE_NAME: &'static str = "microsoft.graph.hashes";
    const KEYS: &'static [&'static str] = &[
        "crc32Hash",
        "quickXorHash",
        "sha1Hash",
        "sha256Hash",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"crc32Hash\":                    ",
        ",\"quickXorHash\":                 ",
        ",\"sha1Hash\":                     ",
        ",\"sha256Hash\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hashes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "crc32_hash", &self.crc32_hash);
        v.field(1usize, "quick_xor_hash", &self.quick_xor_hash);
        v.field(2usize, "sha1_hash", &self.sha1_hash);
        v.field(3usize, "sha256_hash", &self.sha256_hash);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Hashes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.crc32_hash.read_from(r),
            1usize => self.quick_xor_hash.read_from(r),
            2usize => self.sha1_hash.read_from(r),
            3usize => self.sha256_hash.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.crc32_hash);
        w.field(1usize, &self.quick_xor_hash);
        w.field(2usize, &self.sha1_hash);
        w.field(3usize, &self.sha256_hash);
    }
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
rt::impl_object!(Hashes);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Hashes { with_crc32_hash crc32_hash : ::std::string::String; with_quick_xor_hash
    quick_xor_hash : ::std::string::String; with_sha1_hash sha1_hash :
    ::std::string::String; with_sha256_hash sha256_hash : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Hashes);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.healthState`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HealthState {
    /// `unknown` (value 0).
    Unknown,
    /// `healthy` (value 1).
    Healthy,
    /// `unhealthy` (value 2).
    Unhealthy,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for HealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.healthState";
    const MEMBERS: &'static [&'static str] = &["unknown", "healthy", "unhealthy"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "healthy" => Self::Healthy,
                "unhealthy" => Self::Unhealthy,
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
            Self::Healthy => "healthy",
            Self::Unhealthy => "unhealthy",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(HealthState);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(HealthState);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.hyperlinkOrPictureColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HyperlinkOrPictureColumn {
    /// CSDL: property `isPicture`: `Edm.Boolean`, nullable.
    pub is_picture: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for HyperlinkOrPictureColumn {
    #[inline]
    fn default() -> Self {
        Self {
            is_picture: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for HyperlinkOrPictureColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.hyperlinkOrPictureColumn";
    const KEYS: &'static [&'static str] = &["isPicture"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isPicture\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.hyperlinkOrPictureColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_picture", &self.is_picture);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for HyperlinkOrPictureColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_picture.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_picture);
    }
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
rt::impl_object!(HyperlinkOrPictureColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(HyperlinkOrPictureColumn { with_is_picture is_picture : bool; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(HyperlinkOrPictureColumn);
