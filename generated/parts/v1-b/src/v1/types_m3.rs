//! Types of `microsoft.graph` by the first letters of their names (`m3`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.m365AppsInstallationOptions`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`M365AppsInstallationOptionsPath`](requests/trait.M365AppsInstallationOptionsPath.html), what a path to one (`EntityPath<M365AppsInstallationOptions, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct M365AppsInstallationOptions {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appsForMac`: `microsoft.graph.appsInstallationOptionsForMac`, not nullable.
    pub apps_for_mac: rt::Field<crate::v1::AppsInstallationOptionsForMac>,
    /// CSDL: property `appsForWindows`: `microsoft.graph.appsInstallationOptionsForWindows`, not nullable.
    pub apps_for_windows: rt::Field<crate::v1::AppsInstallationOptionsForWindows>,
    /// CSDL: property `updateChannel`: `microsoft.graph.appsUpdateChannelType`, not nullable.
    pub update_channel: rt::Field<crate::v1::AppsUpdateChannelType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for M365AppsInstallationOptions {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            apps_for_mac: rt::Field::Absent,
            apps_for_windows: rt::Field::Absent,
            update_channel: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for M365AppsInstallationOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.m365AppsInstallationOptions";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appsForMac",
        "appsForWindows",
        "updateChannel",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appsForMac\":                   ",
        ",\"appsForWindows\":               ",
        ",\"updateChannel\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.m365AppsInstallationOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "apps_for_mac", &self.apps_for_mac);
        v.field(2usize, "apps_for_windows", &self.apps_for_windows);
        v.field(3usize, "update_channel", &self.update_channel);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for M365AppsInstallationOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.apps_for_mac.read_from(r),
            2usize => self.apps_for_windows.read_from(r),
            3usize => self.update_channel.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.apps_for_mac);
        w.field(2usize, &self.apps_for_windows);
        w.field(3usize, &self.update_channel);
    }
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
rt::impl_object!(M365AppsInstallationOptions);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    M365AppsInstallationOptions { with_id id : ::std::string::String; with_apps_for_mac
    apps_for_mac : crate ::v1::AppsInstallationOptionsForMac; with_apps_for_windows
    apps_for_windows : crate ::v1::AppsInstallationOptionsForWindows; with_update_channel
    update_channel : crate ::v1::AppsUpdateChannelType; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(M365AppsInstallationOptions);
