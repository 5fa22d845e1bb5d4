//! Types of `microsoft.graph` by the first letters of their names (`mo_mu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
/// An abstract class containing the base properties for Intune mobile apps. Note: Listing mobile apps with `$expand=assignments` has been deprecated. Instead get the list of apps without the `$expand` query on `assignments`. Then, perform the expansion on individual applications.
///
/// CSDL: `microsoft.graph.mobileApp`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AnyMobileApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileApp {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.mobileApp` or any type derived from it, selected by `@odata.type` (27 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileApp {
    MobileApp(::std::boxed::Box<crate::v1::MobileApp>),
    AndroidLobApp(::std::boxed::Box<crate::v1::AndroidLobApp>),
    AndroidStoreApp(::std::boxed::Box<crate::v1::AndroidStoreApp>),
    IosLobApp(::std::boxed::Box<crate::v1::IosLobApp>),
    IosStoreApp(::std::boxed::Box<crate::v1::IosStoreApp>),
    IosVppApp(::std::boxed::Box<crate::v1::IosVppApp>),
    IosiPadOsWebClip(::std::boxed::Box<crate::v1::IosiPadOsWebClip>),
    MacOsDmgApp(::std::boxed::Box<crate::v1::MacOsDmgApp>),
    MacOsLobApp(::std::boxed::Box<crate::v1::MacOsLobApp>),
    MacOsMicrosoftDefenderApp(::std::boxed::Box<crate::v1::MacOsMicrosoftDefenderApp>),
    MacOsMicrosoftEdgeApp(::std::boxed::Box<crate::v1::MacOsMicrosoftEdgeApp>),
    MacOsOfficeSuiteApp(::std::boxed::Box<crate::v1::MacOsOfficeSuiteApp>),
    ManagedAndroidLobApp(::std::boxed::Box<crate::v1::ManagedAndroidLobApp>),
    ManagedAndroidStoreApp(::std::boxed::Box<crate::v1::ManagedAndroidStoreApp>),
    ManagedApp(::std::boxed::Box<crate::v1::ManagedApp>),
    ManagedIosLobApp(::std::boxed::Box<crate::v1::ManagedIosLobApp>),
    ManagedIosStoreApp(::std::boxed::Box<crate::v1::ManagedIosStoreApp>),
    ManagedMobileLobApp(::std::boxed::Box<crate::v1::ManagedMobileLobApp>),
    MicrosoftStoreForBusinessApp(
        ::std::boxed::Box<crate::v1::MicrosoftStoreForBusinessApp>,
    ),
    MobileLobApp(::std::boxed::Box<crate::v1::MobileLobApp>),
    WebApp(::std::boxed::Box<crate::v1::WebApp>),
    Win32LobApp(::std::boxed::Box<crate::v1::Win32LobApp>),
    WindowsAppX(::std::boxed::Box<crate::v1::WindowsAppX>),
    WindowsMicrosoftEdgeApp(::std::boxed::Box<crate::v1::WindowsMicrosoftEdgeApp>),
    WindowsMobileMsi(::std::boxed::Box<crate::v1::WindowsMobileMsi>),
    WindowsUniversalAppX(::std::boxed::Box<crate::v1::WindowsUniversalAppX>),
    WindowsWebApp(::std::boxed::Box<crate::v1::WindowsWebApp>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileApp {
    #[inline]
    fn default() -> Self {
        Self::MobileApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MobileApp) -> Self {
        Self::MobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::AndroidStoreApp) -> Self {
        Self::AndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::IosStoreApp) -> Self {
        Self::IosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::IosVppApp) -> Self {
        Self::IosVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosiPadOsWebClip> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::IosiPadOsWebClip) -> Self {
        Self::IosiPadOsWebClip(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsDmgApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MacOsDmgApp) -> Self {
        Self::MacOsDmgApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsMicrosoftDefenderApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MacOsMicrosoftDefenderApp) -> Self {
        Self::MacOsMicrosoftDefenderApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsMicrosoftEdgeApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MacOsMicrosoftEdgeApp) -> Self {
        Self::MacOsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsOfficeSuiteApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MacOsOfficeSuiteApp) -> Self {
        Self::MacOsOfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedMobileLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftStoreForBusinessApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MicrosoftStoreForBusinessApp) -> Self {
        Self::MicrosoftStoreForBusinessApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::WebApp) -> Self {
        Self::WebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::Win32LobApp) -> Self {
        Self::Win32LobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAppX> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::WindowsAppX) -> Self {
        Self::WindowsAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsMicrosoftEdgeApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::WindowsMicrosoftEdgeApp) -> Self {
        Self::WindowsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsMobileMsi> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::WindowsMobileMsi) -> Self {
        Self::WindowsMobileMsi(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUniversalAppX> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::WindowsUniversalAppX) -> Self {
        Self::WindowsUniversalAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsWebApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::v1::WindowsWebApp) -> Self {
        Self::WindowsWebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MobileApp>();
    rt::object::auto_traits::<crate::v1::AndroidLobApp>();
    rt::object::auto_traits::<crate::v1::AndroidStoreApp>();
    rt::object::auto_traits::<crate::v1::IosLobApp>();
    rt::object::auto_traits::<crate::v1::IosStoreApp>();
    rt::object::auto_traits::<crate::v1::IosVppApp>();
    rt::object::auto_traits::<crate::v1::IosiPadOsWebClip>();
    rt::object::auto_traits::<crate::v1::MacOsDmgApp>();
    rt::object::auto_traits::<crate::v1::MacOsLobApp>();
    rt::object::auto_traits::<crate::v1::MacOsMicrosoftDefenderApp>();
    rt::object::auto_traits::<crate::v1::MacOsMicrosoftEdgeApp>();
    rt::object::auto_traits::<crate::v1::MacOsOfficeSuiteApp>();
    rt::object::auto_traits::<crate::v1::ManagedAndroidLobApp>();
    rt::object::auto_traits::<crate::v1::ManagedAndroidStoreApp>();
    rt::object::auto_traits::<crate::v1::ManagedApp>();
    rt::object::auto_traits::<crate::v1::ManagedIosLobApp>();
    rt::object::auto_traits::<crate::v1::ManagedIosStoreApp>();
    rt::object::auto_traits::<crate::v1::ManagedMobileLobApp>();
    rt::object::auto_traits::<crate::v1::MicrosoftStoreForBusinessApp>();
    rt::object::auto_traits::<crate::v1::MobileLobApp>();
    rt::object::auto_traits::<crate::v1::WebApp>();
    rt::object::auto_traits::<crate::v1::Win32LobApp>();
    rt::object::auto_traits::<crate::v1::WindowsAppX>();
    rt::object::auto_traits::<crate::v1::WindowsMicrosoftEdgeApp>();
    rt::object::auto_traits::<crate::v1::WindowsMobileMsi>();
    rt::object::auto_traits::<crate::v1::WindowsUniversalAppX>();
    rt::object::auto_traits::<crate::v1::WindowsWebApp>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyMobileApp {
    const BASE_NAME: &'static str = "microsoft.graph.mobileApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                Self::AndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.androidStoreApp") => {
                Self::AndroidStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                Self::IosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosStoreApp") => {
                Self::IosStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosVppApp") => {
                Self::IosVppApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosiPadOSWebClip") => {
                Self::IosiPadOsWebClip(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSDmgApp") => {
                Self::MacOsDmgApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                Self::MacOsLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftDefenderApp") => {
                Self::MacOsMicrosoftDefenderApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftEdgeApp") => {
                Self::MacOsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSOfficeSuiteApp") => {
                Self::MacOsOfficeSuiteApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                Self::ManagedAndroidStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedApp") => {
                Self::ManagedApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                Self::ManagedIosStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                Self::ManagedMobileLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessApp",
            ) => Self::MicrosoftStoreForBusinessApp(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.mobileLobApp") => {
                Self::MobileLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.webApp") => {
                Self::WebApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                Self::Win32LobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                Self::WindowsAppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsMicrosoftEdgeApp") => {
                Self::WindowsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                Self::WindowsMobileMsi(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                Self::WindowsUniversalAppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsWebApp") => {
                Self::WindowsWebApp(rt::object::new_boxed())
            }
            _ => Self::MobileApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileApp(v) => &**v,
            Self::AndroidLobApp(v) => &**v,
            Self::AndroidStoreApp(v) => &**v,
            Self::IosLobApp(v) => &**v,
            Self::IosStoreApp(v) => &**v,
            Self::IosVppApp(v) => &**v,
            Self::IosiPadOsWebClip(v) => &**v,
            Self::MacOsDmgApp(v) => &**v,
            Self::MacOsLobApp(v) => &**v,
            Self::MacOsMicrosoftDefenderApp(v) => &**v,
            Self::MacOsMicrosoftEdgeApp(v) => &**v,
            Self::MacOsOfficeSuiteApp(v) => &**v,
            Self::ManagedAndroidLobApp(v) => &**v,
            Self::ManagedAndroidStoreApp(v) => &**v,
            Self::ManagedApp(v) => &**v,
            Self::ManagedIosLobApp(v) => &**v,
            Self::ManagedIosStoreApp(v) => &**v,
            Self::ManagedMobileLobApp(v) => &**v,
            Self::MicrosoftStoreForBusinessApp(v) => &**v,
            Self::MobileLobApp(v) => &**v,
            Self::WebApp(v) => &**v,
            Self::Win32LobApp(v) => &**v,
            Self::WindowsAppX(v) => &**v,
            Self::WindowsMicrosoftEdgeApp(v) => &**v,
            Self::WindowsMobileMsi(v) => &**v,
            Self::WindowsUniversalAppX(v) => &**v,
            Self::WindowsWebApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileApp(v) => &mut **v,
            Self::AndroidLobApp(v) => &mut **v,
            Self::AndroidStoreApp(v) => &mut **v,
            Self::IosLobApp(v) => &mut **v,
            Self::IosStoreApp(v) => &mut **v,
            Self::IosVppApp(v) => &mut **v,
            Self::IosiPadOsWebClip(v) => &mut **v,
            Self::MacOsDmgApp(v) => &mut **v,
            Self::MacOsLobApp(v) => &mut **v,
            Self::MacOsMicrosoftDefenderApp(v) => &mut **v,
            Self::MacOsMicrosoftEdgeApp(v) => &mut **v,
            Self::MacOsOfficeSuiteApp(v) => &mut **v,
            Self::ManagedAndroidLobApp(v) => &mut **v,
            Self::ManagedAndroidStoreApp(v) => &mut **v,
            Self::ManagedApp(v) => &mut **v,
            Self::ManagedIosLobApp(v) => &mut **v,
            Self::ManagedIosStoreApp(v) => &mut **v,
            Self::ManagedMobileLobApp(v) => &mut **v,
            Self::MicrosoftStoreForBusinessApp(v) => &mut **v,
            Self::MobileLobApp(v) => &mut **v,
            Self::WebApp(v) => &mut **v,
            Self::Win32LobApp(v) => &mut **v,
            Self::WindowsAppX(v) => &mut **v,
            Self::WindowsMicrosoftEdgeApp(v) => &mut **v,
            Self::WindowsMobileMsi(v) => &mut **v,
            Self::WindowsUniversalAppX(v) => &mut **v,
            Self::WindowsWebApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyMobileApp {
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
            Self::MobileApp(v) => &v.id,
            Self::AndroidLobApp(v) => &v.id,
            Self::AndroidStoreApp(v) => &v.id,
            Self::IosLobApp(v) => &v.id,
            Self::IosStoreApp(v) => &v.id,
            Self::IosVppApp(v) => &v.id,
            Self::IosiPadOsWebClip(v) => &v.id,
            Self::MacOsDmgApp(v) => &v.id,
            Self::MacOsLobApp(v) => &v.id,
            Self::MacOsMicrosoftDefenderApp(v) => &v.id,
            Self::MacOsMicrosoftEdgeApp(v) => &v.id,
            Self::MacOsOfficeSuiteApp(v) => &v.id,
            Self::ManagedAndroidLobApp(v) => &v.id,
            Self::ManagedAndroidStoreApp(v) => &v.id,
            Self::ManagedApp(v) => &v.id,
            Self::ManagedIosLobApp(v) => &v.id,
            Self::ManagedIosStoreApp(v) => &v.id,
            Self::ManagedMobileLobApp(v) => &v.id,
            Self::MicrosoftStoreForBusinessApp(v) => &v.id,
            Self::MobileLobApp(v) => &v.id,
            Self::WebApp(v) => &v.id,
            Self::Win32LobApp(v) => &v.id,
            Self::WindowsAppX(v) => &v.id,
            Self::WindowsMicrosoftEdgeApp(v) => &v.id,
            Self::WindowsMobileMsi(v) => &v.id,
            Self::WindowsUniversalAppX(v) => &v.id,
            Self::WindowsWebApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.id,
            Self::AndroidLobApp(v) => &mut v.id,
            Self::AndroidStoreApp(v) => &mut v.id,
            Self::IosLobApp(v) => &mut v.id,
            Self::IosStoreApp(v) => &mut v.id,
            Self::IosVppApp(v) => &mut v.id,
            Self::IosiPadOsWebClip(v) => &mut v.id,
            Self::MacOsDmgApp(v) => &mut v.id,
            Self::MacOsLobApp(v) => &mut v.id,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.id,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.id,
            Self::MacOsOfficeSuiteApp(v) => &mut v.id,
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            Self::ManagedApp(v) => &mut v.id,
            Self::ManagedIosLobApp(v) => &mut v.id,
            Self::ManagedIosStoreApp(v) => &mut v.id,
            Self::ManagedMobileLobApp(v) => &mut v.id,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.id,
            Self::MobileLobApp(v) => &mut v.id,
            Self::WebApp(v) => &mut v.id,
            Self::Win32LobApp(v) => &mut v.id,
            Self::WindowsAppX(v) => &mut v.id,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.id,
            Self::WindowsMobileMsi(v) => &mut v.id,
            Self::WindowsUniversalAppX(v) => &mut v.id,
            Self::WindowsWebApp(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &v.created_date_time,
            Self::AndroidLobApp(v) => &v.created_date_time,
            Self::AndroidStoreApp(v) => &v.created_date_time,
            Self::IosLobApp(v) => &v.created_date_time,
            Self::IosStoreApp(v) => &v.created_date_time,
            Self::IosVppApp(v) => &v.created_date_time,
            Self::IosiPadOsWebClip(v) => &v.created_date_time,
            Self::MacOsDmgApp(v) => &v.created_date_time,
            Self::MacOsLobApp(v) => &v.created_date_time,
            Self::MacOsMicrosoftDefenderApp(v) => &v.created_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &v.created_date_time,
            Self::MacOsOfficeSuiteApp(v) => &v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.created_date_time,
            Self::ManagedApp(v) => &v.created_date_time,
            Self::ManagedIosLobApp(v) => &v.created_date_time,
            Self::ManagedIosStoreApp(v) => &v.created_date_time,
            Self::ManagedMobileLobApp(v) => &v.created_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &v.created_date_time,
            Self::MobileLobApp(v) => &v.created_date_time,
            Self::WebApp(v) => &v.created_date_time,
            Self::Win32LobApp(v) => &v.created_date_time,
            Self::WindowsAppX(v) => &v.created_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &v.created_date_time,
            Self::WindowsMobileMsi(v) => &v.created_date_time,
            Self::WindowsUniversalAppX(v) => &v.created_date_time,
            Self::WindowsWebApp(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &mut v.created_date_time,
            Self::AndroidLobApp(v) => &mut v.created_date_time,
            Self::AndroidStoreApp(v) => &mut v.created_date_time,
            Self::IosLobApp(v) => &mut v.created_date_time,
            Self::IosStoreApp(v) => &mut v.created_date_time,
            Self::IosVppApp(v) => &mut v.created_date_time,
            Self::IosiPadOsWebClip(v) => &mut v.created_date_time,
            Self::MacOsDmgApp(v) => &mut v.created_date_time,
            Self::MacOsLobApp(v) => &mut v.created_date_time,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.created_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.created_date_time,
            Self::MacOsOfficeSuiteApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.created_date_time,
            Self::ManagedApp(v) => &mut v.created_date_time,
            Self::ManagedIosLobApp(v) => &mut v.created_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.created_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.created_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.created_date_time,
            Self::MobileLobApp(v) => &mut v.created_date_time,
            Self::WebApp(v) => &mut v.created_date_time,
            Self::Win32LobApp(v) => &mut v.created_date_time,
            Self::WindowsAppX(v) => &mut v.created_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.created_date_time,
            Self::WindowsMobileMsi(v) => &mut v.created_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.created_date_time,
            Self::WindowsWebApp(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.description,
            Self::AndroidLobApp(v) => &v.description,
            Self::AndroidStoreApp(v) => &v.description,
            Self::IosLobApp(v) => &v.description,
            Self::IosStoreApp(v) => &v.description,
            Self::IosVppApp(v) => &v.description,
            Self::IosiPadOsWebClip(v) => &v.description,
            Self::MacOsDmgApp(v) => &v.description,
            Self::MacOsLobApp(v) => &v.description,
            Self::MacOsMicrosoftDefenderApp(v) => &v.description,
            Self::MacOsMicrosoftEdgeApp(v) => &v.description,
            Self::MacOsOfficeSuiteApp(v) => &v.description,
            Self::ManagedAndroidLobApp(v) => &v.description,
            Self::ManagedAndroidStoreApp(v) => &v.description,
            Self::ManagedApp(v) => &v.description,
            Self::ManagedIosLobApp(v) => &v.description,
            Self::ManagedIosStoreApp(v) => &v.description,
            Self::ManagedMobileLobApp(v) => &v.description,
            Self::MicrosoftStoreForBusinessApp(v) => &v.description,
            Self::MobileLobApp(v) => &v.description,
            Self::WebApp(v) => &v.description,
            Self::Win32LobApp(v) => &v.description,
            Self::WindowsAppX(v) => &v.description,
            Self::WindowsMicrosoftEdgeApp(v) => &v.description,
            Self::WindowsMobileMsi(v) => &v.description,
            Self::WindowsUniversalAppX(v) => &v.description,
            Self::WindowsWebApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.description,
            Self::AndroidLobApp(v) => &mut v.description,
            Self::AndroidStoreApp(v) => &mut v.description,
            Self::IosLobApp(v) => &mut v.description,
            Self::IosStoreApp(v) => &mut v.description,
            Self::IosVppApp(v) => &mut v.description,
            Self::IosiPadOsWebClip(v) => &mut v.description,
            Self::MacOsDmgApp(v) => &mut v.description,
            Self::MacOsLobApp(v) => &mut v.description,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.description,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.description,
            Self::MacOsOfficeSuiteApp(v) => &mut v.description,
            Self::ManagedAndroidLobApp(v) => &mut v.description,
            Self::ManagedAndroidStoreApp(v) => &mut v.description,
            Self::ManagedApp(v) => &mut v.description,
            Self::ManagedIosLobApp(v) => &mut v.description,
            Self::ManagedIosStoreApp(v) => &mut v.description,
            Self::ManagedMobileLobApp(v) => &mut v.description,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.description,
            Self::MobileLobApp(v) => &mut v.description,
            Self::WebApp(v) => &mut v.description,
            Self::Win32LobApp(v) => &mut v.description,
            Self::WindowsAppX(v) => &mut v.description,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.description,
            Self::WindowsMobileMsi(v) => &mut v.description,
            Self::WindowsUniversalAppX(v) => &mut v.description,
            Self::WindowsWebApp(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.developer,
            Self::AndroidLobApp(v) => &v.developer,
            Self::AndroidStoreApp(v) => &v.developer,
            Self::IosLobApp(v) => &v.developer,
            Self::IosStoreApp(v) => &v.developer,
            Self::IosVppApp(v) => &v.developer,
            Self::IosiPadOsWebClip(v) => &v.developer,
            Self::MacOsDmgApp(v) => &v.developer,
            Self::MacOsLobApp(v) => &v.developer,
            Self::MacOsMicrosoftDefenderApp(v) => &v.developer,
            Self::MacOsMicrosoftEdgeApp(v) => &v.developer,
            Self::MacOsOfficeSuiteApp(v) => &v.developer,
            Self::ManagedAndroidLobApp(v) => &v.developer,
            Self::ManagedAndroidStoreApp(v) => &v.developer,
            Self::ManagedApp(v) => &v.developer,
            Self::ManagedIosLobApp(v) => &v.developer,
            Self::ManagedIosStoreApp(v) => &v.developer,
            Self::ManagedMobileLobApp(v) => &v.developer,
            Self::MicrosoftStoreForBusinessApp(v) => &v.developer,
            Self::MobileLobApp(v) => &v.developer,
            Self::WebApp(v) => &v.developer,
            Self::Win32LobApp(v) => &v.developer,
            Self::WindowsAppX(v) => &v.developer,
            Self::WindowsMicrosoftEdgeApp(v) => &v.developer,
            Self::WindowsMobileMsi(v) => &v.developer,
            Self::WindowsUniversalAppX(v) => &v.developer,
            Self::WindowsWebApp(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.developer,
            Self::AndroidLobApp(v) => &mut v.developer,
            Self::AndroidStoreApp(v) => &mut v.developer,
            Self::IosLobApp(v) => &mut v.developer,
            Self::IosStoreApp(v) => &mut v.developer,
            Self::IosVppApp(v) => &mut v.developer,
            Self::IosiPadOsWebClip(v) => &mut v.developer,
            Self::MacOsDmgApp(v) => &mut v.developer,
            Self::MacOsLobApp(v) => &mut v.developer,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.developer,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.developer,
            Self::MacOsOfficeSuiteApp(v) => &mut v.developer,
            Self::ManagedAndroidLobApp(v) => &mut v.developer,
            Self::ManagedAndroidStoreApp(v) => &mut v.developer,
            Self::ManagedApp(v) => &mut v.developer,
            Self::ManagedIosLobApp(v) => &mut v.developer,
            Self::ManagedIosStoreApp(v) => &mut v.developer,
            Self::ManagedMobileLobApp(v) => &mut v.developer,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.developer,
            Self::MobileLobApp(v) => &mut v.developer,
            Self::WebApp(v) => &mut v.developer,
            Self::Win32LobApp(v) => &mut v.developer,
            Self::WindowsAppX(v) => &mut v.developer,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.developer,
            Self::WindowsMobileMsi(v) => &mut v.developer,
            Self::WindowsUniversalAppX(v) => &mut v.developer,
            Self::WindowsWebApp(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.display_name,
            Self::AndroidLobApp(v) => &v.display_name,
            Self::AndroidStoreApp(v) => &v.display_name,
            Self::IosLobApp(v) => &v.display_name,
            Self::IosStoreApp(v) => &v.display_name,
            Self::IosVppApp(v) => &v.display_name,
            Self::IosiPadOsWebClip(v) => &v.display_name,
            Self::MacOsDmgApp(v) => &v.display_name,
            Self::MacOsLobApp(v) => &v.display_name,
            Self::MacOsMicrosoftDefenderApp(v) => &v.display_name,
            Self::MacOsMicrosoftEdgeApp(v) => &v.display_name,
            Self::MacOsOfficeSuiteApp(v) => &v.display_name,
            Self::ManagedAndroidLobApp(v) => &v.display_name,
            Self::ManagedAndroidStoreApp(v) => &v.display_name,
            Self::ManagedApp(v) => &v.display_name,
            Self::ManagedIosLobApp(v) => &v.display_name,
            Self::ManagedIosStoreApp(v) => &v.display_name,
            Self::ManagedMobileLobApp(v) => &v.display_name,
            Self::MicrosoftStoreForBusinessApp(v) => &v.display_name,
            Self::MobileLobApp(v) => &v.display_name,
            Self::WebApp(v) => &v.display_name,
            Self::Win32LobApp(v) => &v.display_name,
            Self::WindowsAppX(v) => &v.display_name,
            Self::WindowsMicrosoftEdgeApp(v) => &v.display_name,
            Self::WindowsMobileMsi(v) => &v.display_name,
            Self::WindowsUniversalAppX(v) => &v.display_name,
            Self::WindowsWebApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.display_name,
            Self::AndroidLobApp(v) => &mut v.display_name,
            Self::AndroidStoreApp(v) => &mut v.display_name,
            Self::IosLobApp(v) => &mut v.display_name,
            Self::IosStoreApp(v) => &mut v.display_name,
            Self::IosVppApp(v) => &mut v.display_name,
            Self::IosiPadOsWebClip(v) => &mut v.display_name,
            Self::MacOsDmgApp(v) => &mut v.display_name,
            Self::MacOsLobApp(v) => &mut v.display_name,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.display_name,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.display_name,
            Self::MacOsOfficeSuiteApp(v) => &mut v.display_name,
            Self::ManagedAndroidLobApp(v) => &mut v.display_name,
            Self::ManagedAndroidStoreApp(v) => &mut v.display_name,
            Self::ManagedApp(v) => &mut v.display_name,
            Self::ManagedIosLobApp(v) => &mut v.display_name,
            Self::ManagedIosStoreApp(v) => &mut v.display_name,
            Self::ManagedMobileLobApp(v) => &mut v.display_name,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.display_name,
            Self::MobileLobApp(v) => &mut v.display_name,
            Self::WebApp(v) => &mut v.display_name,
            Self::Win32LobApp(v) => &mut v.display_name,
            Self::WindowsAppX(v) => &mut v.display_name,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.display_name,
            Self::WindowsMobileMsi(v) => &mut v.display_name,
            Self::WindowsUniversalAppX(v) => &mut v.display_name,
            Self::WindowsWebApp(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.information_url,
            Self::AndroidLobApp(v) => &v.information_url,
            Self::AndroidStoreApp(v) => &v.information_url,
            Self::IosLobApp(v) => &v.information_url,
            Self::IosStoreApp(v) => &v.information_url,
            Self::IosVppApp(v) => &v.information_url,
            Self::IosiPadOsWebClip(v) => &v.information_url,
            Self::MacOsDmgApp(v) => &v.information_url,
            Self::MacOsLobApp(v) => &v.information_url,
            Self::MacOsMicrosoftDefenderApp(v) => &v.information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &v.information_url,
            Self::MacOsOfficeSuiteApp(v) => &v.information_url,
            Self::ManagedAndroidLobApp(v) => &v.information_url,
            Self::ManagedAndroidStoreApp(v) => &v.information_url,
            Self::ManagedApp(v) => &v.information_url,
            Self::ManagedIosLobApp(v) => &v.information_url,
            Self::ManagedIosStoreApp(v) => &v.information_url,
            Self::ManagedMobileLobApp(v) => &v.information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &v.information_url,
            Self::MobileLobApp(v) => &v.information_url,
            Self::WebApp(v) => &v.information_url,
            Self::Win32LobApp(v) => &v.information_url,
            Self::WindowsAppX(v) => &v.information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &v.information_url,
            Self::WindowsMobileMsi(v) => &v.information_url,
            Self::WindowsUniversalAppX(v) => &v.information_url,
            Self::WindowsWebApp(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.information_url,
            Self::AndroidLobApp(v) => &mut v.information_url,
            Self::AndroidStoreApp(v) => &mut v.information_url,
            Self::IosLobApp(v) => &mut v.information_url,
            Self::IosStoreApp(v) => &mut v.information_url,
            Self::IosVppApp(v) => &mut v.information_url,
            Self::IosiPadOsWebClip(v) => &mut v.information_url,
            Self::MacOsDmgApp(v) => &mut v.information_url,
            Self::MacOsLobApp(v) => &mut v.information_url,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.information_url,
            Self::MacOsOfficeSuiteApp(v) => &mut v.information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.information_url,
            Self::ManagedApp(v) => &mut v.information_url,
            Self::ManagedIosLobApp(v) => &mut v.information_url,
            Self::ManagedIosStoreApp(v) => &mut v.information_url,
            Self::ManagedMobileLobApp(v) => &mut v.information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.information_url,
            Self::MobileLobApp(v) => &mut v.information_url,
            Self::WebApp(v) => &mut v.information_url,
            Self::Win32LobApp(v) => &mut v.information_url,
            Self::WindowsAppX(v) => &mut v.information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.information_url,
            Self::WindowsMobileMsi(v) => &mut v.information_url,
            Self::WindowsUniversalAppX(v) => &mut v.information_url,
            Self::WindowsWebApp(v) => &mut v.information_url,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::MobileApp(v) => &v.is_featured,
            Self::AndroidLobApp(v) => &v.is_featured,
            Self::AndroidStoreApp(v) => &v.is_featured,
            Self::IosLobApp(v) => &v.is_featured,
            Self::IosStoreApp(v) => &v.is_featured,
            Self::IosVppApp(v) => &v.is_featured,
            Self::IosiPadOsWebClip(v) => &v.is_featured,
            Self::MacOsDmgApp(v) => &v.is_featured,
            Self::MacOsLobApp(v) => &v.is_featured,
            Self::MacOsMicrosoftDefenderApp(v) => &v.is_featured,
            Self::MacOsMicrosoftEdgeApp(v) => &v.is_featured,
            Self::MacOsOfficeSuiteApp(v) => &v.is_featured,
            Self::ManagedAndroidLobApp(v) => &v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &v.is_featured,
            Self::ManagedApp(v) => &v.is_featured,
            Self::ManagedIosLobApp(v) => &v.is_featured,
            Self::ManagedIosStoreApp(v) => &v.is_featured,
            Self::ManagedMobileLobApp(v) => &v.is_featured,
            Self::MicrosoftStoreForBusinessApp(v) => &v.is_featured,
            Self::MobileLobApp(v) => &v.is_featured,
            Self::WebApp(v) => &v.is_featured,
            Self::Win32LobApp(v) => &v.is_featured,
            Self::WindowsAppX(v) => &v.is_featured,
            Self::WindowsMicrosoftEdgeApp(v) => &v.is_featured,
            Self::WindowsMobileMsi(v) => &v.is_featured,
            Self::WindowsUniversalAppX(v) => &v.is_featured,
            Self::WindowsWebApp(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MobileApp(v) => &mut v.is_featured,
            Self::AndroidLobApp(v) => &mut v.is_featured,
            Self::AndroidStoreApp(v) => &mut v.is_featured,
            Self::IosLobApp(v) => &mut v.is_featured,
            Self::IosStoreApp(v) => &mut v.is_featured,
            Self::IosVppApp(v) => &mut v.is_featured,
            Self::IosiPadOsWebClip(v) => &mut v.is_featured,
            Self::MacOsDmgApp(v) => &mut v.is_featured,
            Self::MacOsLobApp(v) => &mut v.is_featured,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.is_featured,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.is_featured,
            Self::MacOsOfficeSuiteApp(v) => &mut v.is_featured,
            Self::ManagedAndroidLobApp(v) => &mut v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &mut v.is_featured,
            Self::ManagedApp(v) => &mut v.is_featured,
            Self::ManagedIosLobApp(v) => &mut v.is_featured,
            Self::ManagedIosStoreApp(v) => &mut v.is_featured,
            Self::ManagedMobileLobApp(v) => &mut v.is_featured,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.is_featured,
            Self::MobileLobApp(v) => &mut v.is_featured,
            Self::WebApp(v) => &mut v.is_featured,
            Self::Win32LobApp(v) => &mut v.is_featured,
            Self::WindowsAppX(v) => &mut v.is_featured,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.is_featured,
            Self::WindowsMobileMsi(v) => &mut v.is_featured,
            Self::WindowsUniversalAppX(v) => &mut v.is_featured,
            Self::WindowsWebApp(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::v1::MimeContent> {
        match self {
            Self::MobileApp(v) => &v.large_icon,
            Self::AndroidLobApp(v) => &v.large_icon,
            Self::AndroidStoreApp(v) => &v.large_icon,
            Self::IosLobApp(v) => &v.large_icon,
            Self::IosStoreApp(v) => &v.large_icon,
            Self::IosVppApp(v) => &v.large_icon,
            Self::IosiPadOsWebClip(v) => &v.large_icon,
            Self::MacOsDmgApp(v) => &v.large_icon,
            Self::MacOsLobApp(v) => &v.large_icon,
            Self::MacOsMicrosoftDefenderApp(v) => &v.large_icon,
            Self::MacOsMicrosoftEdgeApp(v) => &v.large_icon,
            Self::MacOsOfficeSuiteApp(v) => &v.large_icon,
            Self::ManagedAndroidLobApp(v) => &v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &v.large_icon,
            Self::ManagedApp(v) => &v.large_icon,
            Self::ManagedIosLobApp(v) => &v.large_icon,
            Self::ManagedIosStoreApp(v) => &v.large_icon,
            Self::ManagedMobileLobApp(v) => &v.large_icon,
            Self::MicrosoftStoreForBusinessApp(v) => &v.large_icon,
            Self::MobileLobApp(v) => &v.large_icon,
            Self::WebApp(v) => &v.large_icon,
            Self::Win32LobApp(v) => &v.large_icon,
            Self::WindowsAppX(v) => &v.large_icon,
            Self::WindowsMicrosoftEdgeApp(v) => &v.large_icon,
            Self::WindowsMobileMsi(v) => &v.large_icon,
            Self::WindowsUniversalAppX(v) => &v.large_icon,
            Self::WindowsWebApp(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::v1::MimeContent> {
        match self {
            Self::MobileApp(v) => &mut v.large_icon,
            Self::AndroidLobApp(v) => &mut v.large_icon,
            Self::AndroidStoreApp(v) => &mut v.large_icon,
            Self::IosLobApp(v) => &mut v.large_icon,
            Self::IosStoreApp(v) => &mut v.large_icon,
            Self::IosVppApp(v) => &mut v.large_icon,
            Self::IosiPadOsWebClip(v) => &mut v.large_icon,
            Self::MacOsDmgApp(v) => &mut v.large_icon,
            Self::MacOsLobApp(v) => &mut v.large_icon,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.large_icon,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.large_icon,
            Self::MacOsOfficeSuiteApp(v) => &mut v.large_icon,
            Self::ManagedAndroidLobApp(v) => &mut v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &mut v.large_icon,
            Self::ManagedApp(v) => &mut v.large_icon,
            Self::ManagedIosLobApp(v) => &mut v.large_icon,
            Self::ManagedIosStoreApp(v) => &mut v.large_icon,
            Self::ManagedMobileLobApp(v) => &mut v.large_icon,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.large_icon,
            Self::MobileLobApp(v) => &mut v.large_icon,
            Self::WebApp(v) => &mut v.large_icon,
            Self::Win32LobApp(v) => &mut v.large_icon,
            Self::WindowsAppX(v) => &mut v.large_icon,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.large_icon,
            Self::WindowsMobileMsi(v) => &mut v.large_icon,
            Self::WindowsUniversalAppX(v) => &mut v.large_icon,
            Self::WindowsWebApp(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &v.last_modified_date_time,
            Self::AndroidLobApp(v) => &v.last_modified_date_time,
            Self::AndroidStoreApp(v) => &v.last_modified_date_time,
            Self::IosLobApp(v) => &v.last_modified_date_time,
            Self::IosStoreApp(v) => &v.last_modified_date_time,
            Self::IosVppApp(v) => &v.last_modified_date_time,
            Self::IosiPadOsWebClip(v) => &v.last_modified_date_time,
            Self::MacOsDmgApp(v) => &v.last_modified_date_time,
            Self::MacOsLobApp(v) => &v.last_modified_date_time,
            Self::MacOsMicrosoftDefenderApp(v) => &v.last_modified_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &v.last_modified_date_time,
            Self::MacOsOfficeSuiteApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedApp(v) => &v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &v.last_modified_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &v.last_modified_date_time,
            Self::MobileLobApp(v) => &v.last_modified_date_time,
            Self::WebApp(v) => &v.last_modified_date_time,
            Self::Win32LobApp(v) => &v.last_modified_date_time,
            Self::WindowsAppX(v) => &v.last_modified_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &v.last_modified_date_time,
            Self::WindowsWebApp(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &mut v.last_modified_date_time,
            Self::AndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::AndroidStoreApp(v) => &mut v.last_modified_date_time,
            Self::IosLobApp(v) => &mut v.last_modified_date_time,
            Self::IosStoreApp(v) => &mut v.last_modified_date_time,
            Self::IosVppApp(v) => &mut v.last_modified_date_time,
            Self::IosiPadOsWebClip(v) => &mut v.last_modified_date_time,
            Self::MacOsDmgApp(v) => &mut v.last_modified_date_time,
            Self::MacOsLobApp(v) => &mut v.last_modified_date_time,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.last_modified_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.last_modified_date_time,
            Self::MacOsOfficeSuiteApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.last_modified_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.last_modified_date_time,
            Self::MobileLobApp(v) => &mut v.last_modified_date_time,
            Self::WebApp(v) => &mut v.last_modified_date_time,
            Self::Win32LobApp(v) => &mut v.last_modified_date_time,
            Self::WindowsAppX(v) => &mut v.last_modified_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &mut v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.last_modified_date_time,
            Self::WindowsWebApp(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.notes,
            Self::AndroidLobApp(v) => &v.notes,
            Self::AndroidStoreApp(v) => &v.notes,
            Self::IosLobApp(v) => &v.notes,
            Self::IosStoreApp(v) => &v.notes,
            Self::IosVppApp(v) => &v.notes,
            Self::IosiPadOsWebClip(v) => &v.notes,
            Self::MacOsDmgApp(v) => &v.notes,
            Self::MacOsLobApp(v) => &v.notes,
            Self::MacOsMicrosoftDefenderApp(v) => &v.notes,
            Self::MacOsMicrosoftEdgeApp(v) => &v.notes,
            Self::MacOsOfficeSuiteApp(v) => &v.notes,
            Self::ManagedAndroidLobApp(v) => &v.notes,
            Self::ManagedAndroidStoreApp(v) => &v.notes,
            Self::ManagedApp(v) => &v.notes,
            Self::ManagedIosLobApp(v) => &v.notes,
            Self::ManagedIosStoreApp(v) => &v.notes,
            Self::ManagedMobileLobApp(v) => &v.notes,
            Self::MicrosoftStoreForBusinessApp(v) => &v.notes,
            Self::MobileLobApp(v) => &v.notes,
            Self::WebApp(v) => &v.notes,
            Self::Win32LobApp(v) => &v.notes,
            Self::WindowsAppX(v) => &v.notes,
            Self::WindowsMicrosoftEdgeApp(v) => &v.notes,
            Self::WindowsMobileMsi(v) => &v.notes,
            Self::WindowsUniversalAppX(v) => &v.notes,
            Self::WindowsWebApp(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.notes,
            Self::AndroidLobApp(v) => &mut v.notes,
            Self::AndroidStoreApp(v) => &mut v.notes,
            Self::IosLobApp(v) => &mut v.notes,
            Self::IosStoreApp(v) => &mut v.notes,
            Self::IosVppApp(v) => &mut v.notes,
            Self::IosiPadOsWebClip(v) => &mut v.notes,
            Self::MacOsDmgApp(v) => &mut v.notes,
            Self::MacOsLobApp(v) => &mut v.notes,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.notes,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.notes,
            Self::MacOsOfficeSuiteApp(v) => &mut v.notes,
            Self::ManagedAndroidLobApp(v) => &mut v.notes,
            Self::ManagedAndroidStoreApp(v) => &mut v.notes,
            Self::ManagedApp(v) => &mut v.notes,
            Self::ManagedIosLobApp(v) => &mut v.notes,
            Self::ManagedIosStoreApp(v) => &mut v.notes,
            Self::ManagedMobileLobApp(v) => &mut v.notes,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.notes,
            Self::MobileLobApp(v) => &mut v.notes,
            Self::WebApp(v) => &mut v.notes,
            Self::Win32LobApp(v) => &mut v.notes,
            Self::WindowsAppX(v) => &mut v.notes,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.notes,
            Self::WindowsMobileMsi(v) => &mut v.notes,
            Self::WindowsUniversalAppX(v) => &mut v.notes,
            Self::WindowsWebApp(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.owner,
            Self::AndroidLobApp(v) => &v.owner,
            Self::AndroidStoreApp(v) => &v.owner,
            Self::IosLobApp(v) => &v.owner,
            Self::IosStoreApp(v) => &v.owner,
            Self::IosVppApp(v) => &v.owner,
            Self::IosiPadOsWebClip(v) => &v.owner,
            Self::MacOsDmgApp(v) => &v.owner,
            Self::MacOsLobApp(v) => &v.owner,
            Self::MacOsMicrosoftDefenderApp(v) => &v.owner,
            Self::MacOsMicrosoftEdgeApp(v) => &v.owner,
            Self::MacOsOfficeSuiteApp(v) => &v.owner,
            Self::ManagedAndroidLobApp(v) => &v.owner,
            Self::ManagedAndroidStoreApp(v) => &v.owner,
            Self::ManagedApp(v) => &v.owner,
            Self::ManagedIosLobApp(v) => &v.owner,
            Self::ManagedIosStoreApp(v) => &v.owner,
            Self::ManagedMobileLobApp(v) => &v.owner,
            Self::MicrosoftStoreForBusinessApp(v) => &v.owner,
            Self::MobileLobApp(v) => &v.owner,
            Self::WebApp(v) => &v.owner,
            Self::Win32LobApp(v) => &v.owner,
            Self::WindowsAppX(v) => &v.owner,
            Self::WindowsMicrosoftEdgeApp(v) => &v.owner,
            Self::WindowsMobileMsi(v) => &v.owner,
            Self::WindowsUniversalAppX(v) => &v.owner,
            Self::WindowsWebApp(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.owner,
            Self::AndroidLobApp(v) => &mut v.owner,
            Self::AndroidStoreApp(v) => &mut v.owner,
            Self::IosLobApp(v) => &mut v.owner,
            Self::IosStoreApp(v) => &mut v.owner,
            Self::IosVppApp(v) => &mut v.owner,
            Self::IosiPadOsWebClip(v) => &mut v.owner,
            Self::MacOsDmgApp(v) => &mut v.owner,
            Self::MacOsLobApp(v) => &mut v.owner,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.owner,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.owner,
            Self::MacOsOfficeSuiteApp(v) => &mut v.owner,
            Self::ManagedAndroidLobApp(v) => &mut v.owner,
            Self::ManagedAndroidStoreApp(v) => &mut v.owner,
            Self::ManagedApp(v) => &mut v.owner,
            Self::ManagedIosLobApp(v) => &mut v.owner,
            Self::ManagedIosStoreApp(v) => &mut v.owner,
            Self::ManagedMobileLobApp(v) => &mut v.owner,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.owner,
            Self::MobileLobApp(v) => &mut v.owner,
            Self::WebApp(v) => &mut v.owner,
            Self::Win32LobApp(v) => &mut v.owner,
            Self::WindowsAppX(v) => &mut v.owner,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.owner,
            Self::WindowsMobileMsi(v) => &mut v.owner,
            Self::WindowsUniversalAppX(v) => &mut v.owner,
            Self::WindowsWebApp(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.privacy_information_url,
            Self::AndroidLobApp(v) => &v.privacy_information_url,
            Self::AndroidStoreApp(v) => &v.privacy_information_url,
            Self::IosLobApp(v) => &v.privacy_information_url,
            Self::IosStoreApp(v) => &v.privacy_information_url,
            Self::IosVppApp(v) => &v.privacy_information_url,
            Self::IosiPadOsWebClip(v) => &v.privacy_information_url,
            Self::MacOsDmgApp(v) => &v.privacy_information_url,
            Self::MacOsLobApp(v) => &v.privacy_information_url,
            Self::MacOsMicrosoftDefenderApp(v) => &v.privacy_information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &v.privacy_information_url,
            Self::MacOsOfficeSuiteApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &v.privacy_information_url,
            Self::ManagedApp(v) => &v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &v.privacy_information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &v.privacy_information_url,
            Self::MobileLobApp(v) => &v.privacy_information_url,
            Self::WebApp(v) => &v.privacy_information_url,
            Self::Win32LobApp(v) => &v.privacy_information_url,
            Self::WindowsAppX(v) => &v.privacy_information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &v.privacy_information_url,
            Self::WindowsWebApp(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.privacy_information_url,
            Self::AndroidLobApp(v) => &mut v.privacy_information_url,
            Self::AndroidStoreApp(v) => &mut v.privacy_information_url,
            Self::IosLobApp(v) => &mut v.privacy_information_url,
            Self::IosStoreApp(v) => &mut v.privacy_information_url,
            Self::IosVppApp(v) => &mut v.privacy_information_url,
            Self::IosiPadOsWebClip(v) => &mut v.privacy_information_url,
            Self::MacOsDmgApp(v) => &mut v.privacy_information_url,
            Self::MacOsLobApp(v) => &mut v.privacy_information_url,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.privacy_information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.privacy_information_url,
            Self::MacOsOfficeSuiteApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &mut v.privacy_information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.privacy_information_url,
            Self::MobileLobApp(v) => &mut v.privacy_information_url,
            Self::WebApp(v) => &mut v.privacy_information_url,
            Self::Win32LobApp(v) => &mut v.privacy_information_url,
            Self::WindowsAppX(v) => &mut v.privacy_information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &mut v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &mut v.privacy_information_url,
            Self::WindowsWebApp(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.publisher,
            Self::AndroidLobApp(v) => &v.publisher,
            Self::AndroidStoreApp(v) => &v.publisher,
            Self::IosLobApp(v) => &v.publisher,
            Self::IosStoreApp(v) => &v.publisher,
            Self::IosVppApp(v) => &v.publisher,
            Self::IosiPadOsWebClip(v) => &v.publisher,
            Self::MacOsDmgApp(v) => &v.publisher,
            Self::MacOsLobApp(v) => &v.publisher,
            Self::MacOsMicrosoftDefenderApp(v) => &v.publisher,
            Self::MacOsMicrosoftEdgeApp(v) => &v.publisher,
            Self::MacOsOfficeSuiteApp(v) => &v.publisher,
            Self::ManagedAndroidLobApp(v) => &v.publisher,
            Self::ManagedAndroidStoreApp(v) => &v.publisher,
            Self::ManagedApp(v) => &v.publisher,
            Self::ManagedIosLobApp(v) => &v.publisher,
            Self::ManagedIosStoreApp(v) => &v.publisher,
            Self::ManagedMobileLobApp(v) => &v.publisher,
            Self::MicrosoftStoreForBusinessApp(v) => &v.publisher,
            Self::MobileLobApp(v) => &v.publisher,
            Self::WebApp(v) => &v.publisher,
            Self::Win32LobApp(v) => &v.publisher,
            Self::WindowsAppX(v) => &v.publisher,
            Self::WindowsMicrosoftEdgeApp(v) => &v.publisher,
            Self::WindowsMobileMsi(v) => &v.publisher,
            Self::WindowsUniversalAppX(v) => &v.publisher,
            Self::WindowsWebApp(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.publisher,
            Self::AndroidLobApp(v) => &mut v.publisher,
            Self::AndroidStoreApp(v) => &mut v.publisher,
            Self::IosLobApp(v) => &mut v.publisher,
            Self::IosStoreApp(v) => &mut v.publisher,
            Self::IosVppApp(v) => &mut v.publisher,
            Self::IosiPadOsWebClip(v) => &mut v.publisher,
            Self::MacOsDmgApp(v) => &mut v.publisher,
            Self::MacOsLobApp(v) => &mut v.publisher,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.publisher,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.publisher,
            Self::MacOsOfficeSuiteApp(v) => &mut v.publisher,
            Self::ManagedAndroidLobApp(v) => &mut v.publisher,
            Self::ManagedAndroidStoreApp(v) => &mut v.publisher,
            Self::ManagedApp(v) => &mut v.publisher,
            Self::ManagedIosLobApp(v) => &mut v.publisher,
            Self::ManagedIosStoreApp(v) => &mut v.publisher,
            Self::ManagedMobileLobApp(v) => &mut v.publisher,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.publisher,
            Self::MobileLobApp(v) => &mut v.publisher,
            Self::WebApp(v) => &mut v.publisher,
            Self::Win32LobApp(v) => &mut v.publisher,
            Self::WindowsAppX(v) => &mut v.publisher,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.publisher,
            Self::WindowsMobileMsi(v) => &mut v.publisher,
            Self::WindowsUniversalAppX(v) => &mut v.publisher,
            Self::WindowsWebApp(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::MobileApp(v) => &v.publishing_state,
            Self::AndroidLobApp(v) => &v.publishing_state,
            Self::AndroidStoreApp(v) => &v.publishing_state,
            Self::IosLobApp(v) => &v.publishing_state,
            Self::IosStoreApp(v) => &v.publishing_state,
            Self::IosVppApp(v) => &v.publishing_state,
            Self::IosiPadOsWebClip(v) => &v.publishing_state,
            Self::MacOsDmgApp(v) => &v.publishing_state,
            Self::MacOsLobApp(v) => &v.publishing_state,
            Self::MacOsMicrosoftDefenderApp(v) => &v.publishing_state,
            Self::MacOsMicrosoftEdgeApp(v) => &v.publishing_state,
            Self::MacOsOfficeSuiteApp(v) => &v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &v.publishing_state,
            Self::ManagedApp(v) => &v.publishing_state,
            Self::ManagedIosLobApp(v) => &v.publishing_state,
            Self::ManagedIosStoreApp(v) => &v.publishing_state,
            Self::ManagedMobileLobApp(v) => &v.publishing_state,
            Self::MicrosoftStoreForBusinessApp(v) => &v.publishing_state,
            Self::MobileLobApp(v) => &v.publishing_state,
            Self::WebApp(v) => &v.publishing_state,
            Self::Win32LobApp(v) => &v.publishing_state,
            Self::WindowsAppX(v) => &v.publishing_state,
            Self::WindowsMicrosoftEdgeApp(v) => &v.publishing_state,
            Self::WindowsMobileMsi(v) => &v.publishing_state,
            Self::WindowsUniversalAppX(v) => &v.publishing_state,
            Self::WindowsWebApp(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::MobileApp(v) => &mut v.publishing_state,
            Self::AndroidLobApp(v) => &mut v.publishing_state,
            Self::AndroidStoreApp(v) => &mut v.publishing_state,
            Self::IosLobApp(v) => &mut v.publishing_state,
            Self::IosStoreApp(v) => &mut v.publishing_state,
            Self::IosVppApp(v) => &mut v.publishing_state,
            Self::IosiPadOsWebClip(v) => &mut v.publishing_state,
            Self::MacOsDmgApp(v) => &mut v.publishing_state,
            Self::MacOsLobApp(v) => &mut v.publishing_state,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.publishing_state,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.publishing_state,
            Self::MacOsOfficeSuiteApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &mut v.publishing_state,
            Self::ManagedApp(v) => &mut v.publishing_state,
            Self::ManagedIosLobApp(v) => &mut v.publishing_state,
            Self::ManagedIosStoreApp(v) => &mut v.publishing_state,
            Self::ManagedMobileLobApp(v) => &mut v.publishing_state,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.publishing_state,
            Self::MobileLobApp(v) => &mut v.publishing_state,
            Self::WebApp(v) => &mut v.publishing_state,
            Self::Win32LobApp(v) => &mut v.publishing_state,
            Self::WindowsAppX(v) => &mut v.publishing_state,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.publishing_state,
            Self::WindowsMobileMsi(v) => &mut v.publishing_state,
            Self::WindowsUniversalAppX(v) => &mut v.publishing_state,
            Self::WindowsWebApp(v) => &mut v.publishing_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::MobileApp(v) => &v.assignments,
            Self::AndroidLobApp(v) => &v.assignments,
            Self::AndroidStoreApp(v) => &v.assignments,
            Self::IosLobApp(v) => &v.assignments,
            Self::IosStoreApp(v) => &v.assignments,
            Self::IosVppApp(v) => &v.assignments,
            Self::IosiPadOsWebClip(v) => &v.assignments,
            Self::MacOsDmgApp(v) => &v.assignments,
            Self::MacOsLobApp(v) => &v.assignments,
            Self::MacOsMicrosoftDefenderApp(v) => &v.assignments,
            Self::MacOsMicrosoftEdgeApp(v) => &v.assignments,
            Self::MacOsOfficeSuiteApp(v) => &v.assignments,
            Self::ManagedAndroidLobApp(v) => &v.assignments,
            Self::ManagedAndroidStoreApp(v) => &v.assignments,
            Self::ManagedApp(v) => &v.assignments,
            Self::ManagedIosLobApp(v) => &v.assignments,
            Self::ManagedIosStoreApp(v) => &v.assignments,
            Self::ManagedMobileLobApp(v) => &v.assignments,
            Self::MicrosoftStoreForBusinessApp(v) => &v.assignments,
            Self::MobileLobApp(v) => &v.assignments,
            Self::WebApp(v) => &v.assignments,
            Self::Win32LobApp(v) => &v.assignments,
            Self::WindowsAppX(v) => &v.assignments,
            Self::WindowsMicrosoftEdgeApp(v) => &v.assignments,
            Self::WindowsMobileMsi(v) => &v.assignments,
            Self::WindowsUniversalAppX(v) => &v.assignments,
            Self::WindowsWebApp(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::MobileApp(v) => &mut v.assignments,
            Self::AndroidLobApp(v) => &mut v.assignments,
            Self::AndroidStoreApp(v) => &mut v.assignments,
            Self::IosLobApp(v) => &mut v.assignments,
            Self::IosStoreApp(v) => &mut v.assignments,
            Self::IosVppApp(v) => &mut v.assignments,
            Self::IosiPadOsWebClip(v) => &mut v.assignments,
            Self::MacOsDmgApp(v) => &mut v.assignments,
            Self::MacOsLobApp(v) => &mut v.assignments,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.assignments,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.assignments,
            Self::MacOsOfficeSuiteApp(v) => &mut v.assignments,
            Self::ManagedAndroidLobApp(v) => &mut v.assignments,
            Self::ManagedAndroidStoreApp(v) => &mut v.assignments,
            Self::ManagedApp(v) => &mut v.assignments,
            Self::ManagedIosLobApp(v) => &mut v.assignments,
            Self::ManagedIosStoreApp(v) => &mut v.assignments,
            Self::ManagedMobileLobApp(v) => &mut v.assignments,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.assignments,
            Self::MobileLobApp(v) => &mut v.assignments,
            Self::WebApp(v) => &mut v.assignments,
            Self::Win32LobApp(v) => &mut v.assignments,
            Self::WindowsAppX(v) => &mut v.assignments,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.assignments,
            Self::WindowsMobileMsi(v) => &mut v.assignments,
            Self::WindowsUniversalAppX(v) => &mut v.assignments,
            Self::WindowsWebApp(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::MobileApp(v) => &v.categories,
            Self::AndroidLobApp(v) => &v.categories,
            Self::AndroidStoreApp(v) => &v.categories,
            Self::IosLobApp(v) => &v.categories,
            Self::IosStoreApp(v) => &v.categories,
            Self::IosVppApp(v) => &v.categories,
            Self::IosiPadOsWebClip(v) => &v.categories,
            Self::MacOsDmgApp(v) => &v.categories,
            Self::MacOsLobApp(v) => &v.categories,
            Self::MacOsMicrosoftDefenderApp(v) => &v.categories,
            Self::MacOsMicrosoftEdgeApp(v) => &v.categories,
            Self::MacOsOfficeSuiteApp(v) => &v.categories,
            Self::ManagedAndroidLobApp(v) => &v.categories,
            Self::ManagedAndroidStoreApp(v) => &v.categories,
            Self::ManagedApp(v) => &v.categories,
            Self::ManagedIosLobApp(v) => &v.categories,
            Self::ManagedIosStoreApp(v) => &v.categories,
            Self::ManagedMobileLobApp(v) => &v.categories,
            Self::MicrosoftStoreForBusinessApp(v) => &v.categories,
            Self::MobileLobApp(v) => &v.categories,
            Self::WebApp(v) => &v.categories,
            Self::Win32LobApp(v) => &v.categories,
            Self::WindowsAppX(v) => &v.categories,
            Self::WindowsMicrosoftEdgeApp(v) => &v.categories,
            Self::WindowsMobileMsi(v) => &v.categories,
            Self::WindowsUniversalAppX(v) => &v.categories,
            Self::WindowsWebApp(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::MobileApp(v) => &mut v.categories,
            Self::AndroidLobApp(v) => &mut v.categories,
            Self::AndroidStoreApp(v) => &mut v.categories,
            Self::IosLobApp(v) => &mut v.categories,
            Self::IosStoreApp(v) => &mut v.categories,
            Self::IosVppApp(v) => &mut v.categories,
            Self::IosiPadOsWebClip(v) => &mut v.categories,
            Self::MacOsDmgApp(v) => &mut v.categories,
            Self::MacOsLobApp(v) => &mut v.categories,
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.categories,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.categories,
            Self::MacOsOfficeSuiteApp(v) => &mut v.categories,
            Self::ManagedAndroidLobApp(v) => &mut v.categories,
            Self::ManagedAndroidStoreApp(v) => &mut v.categories,
            Self::ManagedApp(v) => &mut v.categories,
            Self::ManagedIosLobApp(v) => &mut v.categories,
            Self::ManagedIosStoreApp(v) => &mut v.categories,
            Self::ManagedMobileLobApp(v) => &mut v.categories,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.categories,
            Self::MobileLobApp(v) => &mut v.categories,
            Self::WebApp(v) => &mut v.categories,
            Self::Win32LobApp(v) => &mut v.categories,
            Self::WindowsAppX(v) => &mut v.categories,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.categories,
            Self::WindowsMobileMsi(v) => &mut v.categories,
            Self::WindowsUniversalAppX(v) => &mut v.categories,
            Self::WindowsWebApp(v) => &mut v.categories,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyMobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A class containing the properties used for Group Assignment of a Mobile App.
///
/// CSDL: `microsoft.graph.mobileAppAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppAssignmentPath`](requests/trait.MobileAppAssignmentPath.html), what a path to one (`EntityPath<MobileAppAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The install intent defined by the admin.
    ///
    /// CSDL: property `intent`: `microsoft.graph.installIntent`, not nullable.
    pub intent: rt::Field<crate::v1::InstallIntent>,
    /// The settings for target assignment defined by the admin.
    ///
    /// CSDL: property `settings`: `microsoft.graph.mobileAppAssignmentSettings`, nullable.
    pub settings: rt::Field<crate::v1::AnyMobileAppAssignmentSettings>,
    /// The target group assignment defined by the admin.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            intent: rt::Field::Absent,
            settings: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppAssignment";
    const KEYS: &'static [&'static str] = &["id", "intent", "settings", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"intent\":                       ",
        ",\"settings\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "intent", &self.intent);
        v.field(2usize, "settings", &self.settings);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.intent.read_from(r),
            2usize => self.settings.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.intent);
        w.field(2usize, &self.settings);
        w.field(3usize, &self.target);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppAssignment { with_id id : ::std::string::String; with_intent intent : crate
    ::v1::InstallIntent; with_settings settings : crate
    ::v1::AnyMobileAppAssignmentSettings; with_target target : crate
    ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Abstract class to contain properties used to assign a mobile app to a group.
///
/// CSDL: `microsoft.graph.mobileAppAssignmentSettings`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppAssignmentSettings {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppAssignmentSettings\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppAssignmentSettings {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.mobileAppAssignmentSettings` or any type derived from it, selected by `@odata.type` (9 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileAppAssignmentSettings {
    MobileAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::MobileAppAssignmentSettings>,
    ),
    IosLobAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::IosLobAppAssignmentSettings>,
    ),
    IosStoreAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::IosStoreAppAssignmentSettings>,
    ),
    IosVppAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::IosVppAppAssignmentSettings>,
    ),
    MacOsLobAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::MacOsLobAppAssignmentSettings>,
    ),
    MicrosoftStoreForBusinessAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::MicrosoftStoreForBusinessAppAssignmentSettings>,
    ),
    Win32LobAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::Win32LobAppAssignmentSettings>,
    ),
    WindowsAppXAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::WindowsAppXAppAssignmentSettings>,
    ),
    WindowsUniversalAppXAppAssignmentSettings(
        ::std::boxed::Box<crate::v1::WindowsUniversalAppXAppAssignmentSettings>,
    ),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self::MobileAppAssignmentSettings(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::MobileAppAssignmentSettings) -> Self {
        Self::MobileAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosLobAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::IosLobAppAssignmentSettings) -> Self {
        Self::IosLobAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosStoreAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::IosStoreAppAssignmentSettings) -> Self {
        Self::IosStoreAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::IosVppAppAssignmentSettings) -> Self {
        Self::IosVppAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsLobAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::MacOsLobAppAssignmentSettings) -> Self {
        Self::MacOsLobAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftStoreForBusinessAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::MicrosoftStoreForBusinessAppAssignmentSettings) -> Self {
        Self::MicrosoftStoreForBusinessAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::Win32LobAppAssignmentSettings) -> Self {
        Self::Win32LobAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAppXAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::WindowsAppXAppAssignmentSettings) -> Self {
        Self::WindowsAppXAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUniversalAppXAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::v1::WindowsUniversalAppXAppAssignmentSettings) -> Self {
        Self::WindowsUniversalAppXAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MobileAppAssignmentSettings>();
    rt::object::auto_traits::<crate::v1::IosLobAppAssignmentSettings>();
    rt::object::auto_traits::<crate::v1::IosStoreAppAssignmentSettings>();
    rt::object::auto_traits::<crate::v1::IosVppAppAssignmentSettings>();
    rt::object::auto_traits::<crate::v1::MacOsLobAppAssignmentSettings>();
    rt::object::auto_traits::<
        crate::v1::MicrosoftStoreForBusinessAppAssignmentSettings,
    >();
    rt::object::auto_traits::<crate::v1::Win32LobAppAssignmentSettings>();
    rt::object::auto_traits::<crate::v1::WindowsAppXAppAssignmentSettings>();
    rt::object::auto_traits::<crate::v1::WindowsUniversalAppXAppAssignmentSettings>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyMobileAppAssignmentSettings {
    const BASE_NAME: &'static str = "microsoft.graph.mobileAppAssignmentSettings";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppAssignmentSettings",
            ) => Self::IosLobAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosStoreAppAssignmentSettings",
            ) => Self::IosStoreAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignmentSettings",
            ) => Self::IosVppAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOsLobAppAssignmentSettings",
            ) => Self::MacOsLobAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings",
            ) => {
                Self::MicrosoftStoreForBusinessAppAssignmentSettings(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppAssignmentSettings",
            ) => Self::Win32LobAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsAppXAppAssignmentSettings",
            ) => Self::WindowsAppXAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXAppAssignmentSettings",
            ) => Self::WindowsUniversalAppXAppAssignmentSettings(rt::object::new_boxed()),
            _ => Self::MobileAppAssignmentSettings(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileAppAssignmentSettings(v) => &**v,
            Self::IosLobAppAssignmentSettings(v) => &**v,
            Self::IosStoreAppAssignmentSettings(v) => &**v,
            Self::IosVppAppAssignmentSettings(v) => &**v,
            Self::MacOsLobAppAssignmentSettings(v) => &**v,
            Self::MicrosoftStoreForBusinessAppAssignmentSettings(v) => &**v,
            Self::Win32LobAppAssignmentSettings(v) => &**v,
            Self::WindowsAppXAppAssignmentSettings(v) => &**v,
            Self::WindowsUniversalAppXAppAssignmentSettings(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileAppAssignmentSettings(v) => &mut **v,
            Self::IosLobAppAssignmentSettings(v) => &mut **v,
            Self::IosStoreAppAssignmentSettings(v) => &mut **v,
            Self::IosVppAppAssignmentSettings(v) => &mut **v,
            Self::MacOsLobAppAssignmentSettings(v) => &mut **v,
            Self::MicrosoftStoreForBusinessAppAssignmentSettings(v) => &mut **v,
            Self::Win32LobAppAssignmentSettings(v) => &mut **v,
            Self::WindowsAppXAppAssignmentSettings(v) => &mut **v,
            Self::WindowsUniversalAppXAppAssignmentSettings(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyMobileAppAssignmentSettings {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyMobileAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for a single Intune app category.
///
/// CSDL: `microsoft.graph.mobileAppCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the app category.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The date and time the mobileAppCategory was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppCategory";
    const KEYS: &'static [&'static str] = &["id", "displayName", "lastModifiedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_modified_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppCategory);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppCategory);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains content properties for a specific app version. Each mobileAppContent can have multiple mobileAppContentFile.
///
/// CSDL: `microsoft.graph.mobileAppContent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppContentPath`](requests/trait.MobileAppContentPath.html), what a path to one (`EntityPath<MobileAppContent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The collection of contained apps in a MobileLobApp acting as a package.
    ///
    /// CSDL: containment navigation property `containedApps`: `Collection(microsoft.graph.mobileContainedApp)`, not nullable.
    pub contained_apps: rt::Field<::std::vec::Vec<crate::v1::AnyMobileContainedApp>>,
    /// The list of files for this app content version.
    ///
    /// CSDL: containment navigation property `files`: `Collection(microsoft.graph.mobileAppContentFile)`, not nullable.
    pub files: rt::Field<::std::vec::Vec<crate::v1::MobileAppContentFile>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            contained_apps: rt::Field::Absent,
            files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppContent {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppContent";
    const KEYS: &'static [&'static str] = &["id", "containedApps", "files"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"containedApps\":                ",
        ",\"files\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "contained_apps", &self.contained_apps);
        v.field(2usize, "files", &self.files);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.contained_apps.read_from(r),
            2usize => self.files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.contained_apps);
        w.field(2usize, &self.files);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppContent);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContent { with_id id : ::std::string::String; with_contained_apps
    contained_apps : ::std::vec::Vec < crate ::v1::AnyMobileContainedApp >; with_files
    files : ::std::vec::Vec < crate ::v1::MobileAppContentFile >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContent);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for a single installer file that is associated with a given mobileAppContent version.
///
/// CSDL: `microsoft.graph.mobileAppContentFile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppContentFilePath`](requests/trait.MobileAppContentFilePath.html), what a path to one (`EntityPath<MobileAppContentFile, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppContentFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates the Azure Storage URI that the file is uploaded to. Created by the service upon receiving a valid mobileAppContentFile. Read-only. This property is read-only.
    ///
    /// CSDL: property `azureStorageUri`: `Edm.String`, nullable.
    pub azure_storage_uri: rt::Field<::std::string::String>,
    /// Indicates the date and time when the Azure storage URI expires, in ISO 8601 format. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Read-only. This property is read-only.
    ///
    /// CSDL: property `azureStorageUriExpirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub azure_storage_uri_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates created date and time associated with app content file, in ISO 8601 format. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Read-only. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A value indicating whether the file is committed. A committed app content file has been fully uploaded and validated by the Intune service. TRUE means that app content file is committed, FALSE means that app content file is not committed. Defaults to FALSE. Read-only. This property is read-only.
    ///
    /// CSDL: property `isCommitted`: `Edm.Boolean`, not nullable.
    pub is_committed: rt::Field<bool>,
    /// Indicates whether this content file is a dependency for the main content file. TRUE means that the content file is a dependency, FALSE means that the content file is not a dependency and is the main content file. Defaults to FALSE.
    ///
    /// CSDL: property `isDependency`: `Edm.Boolean`, not nullable.
    pub is_dependency: rt::Field<bool>,
    /// Indicates the manifest information, containing file metadata.
    ///
    /// CSDL: property `manifest`: `Edm.Binary`, nullable.
    pub manifest: rt::Field<rt::edm::Binary>,
    /// Indicates the name of the file.
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Indicates the original size of the file, in bytes.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// Indicates the size of the file after encryption, in bytes.
    ///
    /// CSDL: property `sizeEncrypted`: `Edm.Int64`, not nullable.
    pub size_encrypted: rt::Field<i64>,
    /// Indicates the state of the current upload request. Possible values are: success, transientError, error, unknown, azureStorageUriRequestSuccess, azureStorageUriRequestPending, azureStorageUriRequestFailed, azureStorageUriRequestTimedOut, azureStorageUriRenewalSuccess, azureStorageUriRenewalPending, azureStorageUriRenewalFailed, azureStorageUriRenewalTimedOut, commitFileSuccess, commitFilePending, commitFileFailed, commitFileTimedOut. Default value is success. This property is read-only.
    ///
    /// CSDL: property `uploadState`: `microsoft.graph.mobileAppContentFileUploadState`, not nullable.
    pub upload_state: rt::Field<crate::v1::MobileAppContentFileUploadState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContentFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_storage_uri: rt::Field::Absent,
            azure_storage_uri_expiration_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_committed: rt::Field::Absent,
            is_dependency: rt::Field::Absent,
            manifest: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            size_encrypted: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppContentFile {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppContentFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "azureStorageUri",
        "azureStorageUriExpirationDateTime",
        "createdDateTime",
        "isCommitted",
        "isDependency",
        "manifest",
        "name",
        "size",
        "sizeEncrypted",
        "uploadState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureStorageUri\":              ",
        ",\"azureStorageUriExpirationDateTime\":",
        ",\"createdDateTime\":              ",
        ",\"isCommitted\":                  ",
        ",\"isDependency\":                 ",
        ",\"manifest\":                     ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"sizeEncrypted\":                ",
        ",\"uploadState\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppContentFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_storage_uri", &self.azure_storage_uri);
        v.field(
            2usize,
            "azure_storage_uri_expiration_date_time",
            &self.azure_storage_uri_expiration_date_time,
        );
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "is_committed", &self.is_committed);
        v.field(5usize, "is_dependency", &self.is_dependency);
        v.field(6usize, "manifest", &self.manifest);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "size", &self.size);
        v.field(9usize, "size_encrypted", &self.size_encrypted);
        v.field(10usize, "upload_state", &self.upload_state);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppContentFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_storage_uri.read_from(r),
            2usize => self.azure_storage_uri_expiration_date_time.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.is_committed.read_from(r),
            5usize => self.is_dependency.read_from(r),
            6usize => self.manifest.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.size.read_from(r),
            9usize => self.size_encrypted.read_from(r),
            10usize => self.upload_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_storage_uri);
        w.field(2usize, &self.azure_storage_uri_expiration_date_time);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.is_committed);
        w.field(5usize, &self.is_dependency);
        w.field(6usize, &self.manifest);
        w.field(7usize, &self.name);
        w.field(8usize, &self.size);
        w.field(9usize, &self.size_encrypted);
        w.field(10usize, &self.upload_state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppContentFile);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContentFile { with_id id : ::std::string::String; with_azure_storage_uri
    azure_storage_uri : ::std::string::String;
    with_azure_storage_uri_expiration_date_time azure_storage_uri_expiration_date_time :
    rt::edm::DateTimeOffset; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_committed is_committed : bool; with_is_dependency
    is_dependency : bool; with_manifest manifest : rt::edm::Binary; with_name name :
    ::std::string::String; with_size size : i64; with_size_encrypted size_encrypted :
    i64; with_upload_state upload_state : crate ::v1::MobileAppContentFileUploadState; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFile);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for upload request states.
///
/// CSDL: `microsoft.graph.mobileAppContentFileUploadState`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppContentFileUploadState {
    /// `success` (value 0).
    Success,
    /// `transientError` (value 1).
    TransientError,
    /// `error` (value 2).
    Error,
    /// `unknown` (value 3).
    Unknown,
    /// `azureStorageUriRequestSuccess` (value 100).
    AzureStorageUriRequestSuccess,
    /// `azureStorageUriRequestPending` (value 101).
    AzureStorageUriRequestPending,
    /// `azureStorageUriRequestFailed` (value 102).
    AzureStorageUriRequestFailed,
    /// `azureStorageUriRequestTimedOut` (value 103).
    AzureStorageUriRequestTimedOut,
    /// `azureStorageUriRenewalSuccess` (value 200).
    AzureStorageUriRenewalSuccess,
    /// `azureStorageUriRenewalPending` (value 201).
    AzureStorageUriRenewalPending,
    /// `azureStorageUriRenewalFailed` (value 202).
    AzureStorageUriRenewalFailed,
    /// `azureStorageUriRenewalTimedOut` (value 203).
    AzureStorageUriRenewalTimedOut,
    /// `commitFileSuccess` (value 300).
    CommitFileSuccess,
    /// `commitFilePending` (value 301).
    CommitFilePending,
    /// `commitFileFailed` (value 302).
    CommitFileFailed,
    /// `commitFileTimedOut` (value 303).
    CommitFileTimedOut,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for MobileAppContentFileUploadState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppContentFileUploadState";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "transientError",
        "error",
        "unknown",
        "azureStorageUriRequestSuccess",
        "azureStorageUriRequestPending",
        "azureStorageUriRequestFailed",
        "azureStorageUriRequestTimedOut",
        "azureStorageUriRenewalSuccess",
        "azureStorageUriRenewalPending",
        "azureStorageUriRenewalFailed",
        "azureStorageUriRenewalTimedOut",
        "commitFileSuccess",
        "commitFilePending",
        "commitFileFailed",
        "commitFileTimedOut",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "transientError" => Self::TransientError,
                "error" => Self::Error,
                "unknown" => Self::Unknown,
                "azureStorageUriRequestSuccess" => Self::AzureStorageUriRequestSuccess,
                "azureStorageUriRequestPending" => Self::AzureStorageUriRequestPending,
                "azureStorageUriRequestFailed" => Self::AzureStorageUriRequestFailed,
                "azureStorageUriRequestTimedOut" => Self::AzureStorageUriRequestTimedOut,
                "azureStorageUriRenewalSuccess" => Self::AzureStorageUriRenewalSuccess,
                "azureStorageUriRenewalPending" => Self::AzureStorageUriRenewalPending,
                "azureStorageUriRenewalFailed" => Self::AzureStorageUriRenewalFailed,
                "azureStorageUriRenewalTimedOut" => Self::AzureStorageUriRenewalTimedOut,
                "commitFileSuccess" => Self::CommitFileSuccess,
                "commitFilePending" => Self::CommitFilePending,
                "commitFileFailed" => Self::CommitFileFailed,
                "commitFileTimedOut" => Self::CommitFileTimedOut,
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
            Self::Success => "success",
            Self::TransientError => "transientError",
            Self::Error => "error",
            Self::Unknown => "unknown",
            Self::AzureStorageUriRequestSuccess => "azureStorageUriRequestSuccess",
            Self::AzureStorageUriRequestPending => "azureStorageUriRequestPending",
            Self::AzureStorageUriRequestFailed => "azureStorageUriRequestFailed",
            Self::AzureStorageUriRequestTimedOut => "azureStorageUriRequestTimedOut",
            Self::AzureStorageUriRenewalSuccess => "azureStorageUriRenewalSuccess",
            Self::AzureStorageUriRenewalPending => "azureStorageUriRenewalPending",
            Self::AzureStorageUriRenewalFailed => "azureStorageUriRenewalFailed",
            Self::AzureStorageUriRenewalTimedOut => "azureStorageUriRenewalTimedOut",
            Self::CommitFileSuccess => "commitFileSuccess",
            Self::CommitFilePending => "commitFilePending",
            Self::CommitFileFailed => "commitFileFailed",
            Self::CommitFileTimedOut => "commitFileTimedOut",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(MobileAppContentFileUploadState);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFileUploadState);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The identifier for a mobile app.
///
/// CSDL: `microsoft.graph.mobileAppIdentifier`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppIdentifier {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for MobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for MobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppIdentifier";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppIdentifier\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for MobileAppIdentifier {
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(MobileAppIdentifier);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppIdentifier);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.mobileAppIdentifier` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileAppIdentifier {
    MobileAppIdentifier(::std::boxed::Box<crate::v1::MobileAppIdentifier>),
    AndroidMobileAppIdentifier(::std::boxed::Box<crate::v1::AndroidMobileAppIdentifier>),
    IosMobileAppIdentifier(::std::boxed::Box<crate::v1::IosMobileAppIdentifier>),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self::MobileAppIdentifier(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppIdentifier> for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::v1::MobileAppIdentifier) -> Self {
        Self::MobileAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidMobileAppIdentifier>
for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::v1::AndroidMobileAppIdentifier) -> Self {
        Self::AndroidMobileAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosMobileAppIdentifier> for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::v1::IosMobileAppIdentifier) -> Self {
        Self::IosMobileAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyMobileAppIdentifier {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyMobileAppIdentifier {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyMobileAppIdentifier {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyMobileAppIdentifier {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyMobileAppIdentifier {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MobileAppIdentifier>();
    rt::object::auto_traits::<crate::v1::AndroidMobileAppIdentifier>();
    rt::object::auto_traits::<crate::v1::IosMobileAppIdentifier>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyMobileAppIdentifier {
    const BASE_NAME: &'static str = "microsoft.graph.mobileAppIdentifier";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidMobileAppIdentifier") => {
                Self::AndroidMobileAppIdentifier(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosMobileAppIdentifier") => {
                Self::IosMobileAppIdentifier(rt::object::new_boxed())
            }
            _ => Self::MobileAppIdentifier(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileAppIdentifier(v) => &**v,
            Self::AndroidMobileAppIdentifier(v) => &**v,
            Self::IosMobileAppIdentifier(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileAppIdentifier(v) => &mut **v,
            Self::AndroidMobileAppIdentifier(v) => &mut **v,
            Self::IosMobileAppIdentifier(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyMobileAppIdentifier {
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyMobileAppIdentifier);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileAppIdentifier);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to determine when to offer an app to devices and when to install the app on devices.
///
/// CSDL: `microsoft.graph.mobileAppInstallTimeSettings`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppInstallTimeSettings {
    /// The time at which the app should be installed.
    ///
    /// CSDL: property `deadlineDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deadline_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The time at which the app should be available for installation.
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Whether the local device time or UTC time should be used when determining the available and deadline times.
    ///
    /// CSDL: property `useLocalTime`: `Edm.Boolean`, not nullable.
    pub use_local_time: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppInstallTimeSettings {
    #[inline]
    fn default() -> Self {
        Self {
            deadline_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            use_local_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppInstallTimeSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppInstallTimeSettings";
    const KEYS: &'static [&'static str] = &[
        "deadlineDateTime",
        "startDateTime",
        "useLocalTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deadlineDateTime\":             ",
        ",\"startDateTime\":                ",
        ",\"useLocalTime\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppInstallTimeSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deadline_date_time", &self.deadline_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "use_local_time", &self.use_local_time);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppInstallTimeSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deadline_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.use_local_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deadline_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.use_local_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppInstallTimeSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppInstallTimeSettings { with_deadline_date_time deadline_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_use_local_time use_local_time : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppInstallTimeSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Indicates the publishing state of an app.
///
/// CSDL: `microsoft.graph.mobileAppPublishingState`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppPublishingState {
    /// The app is not yet published.
    ///
    /// `notPublished` (value 0).
    NotPublished,
    /// The app is pending service-side processing.
    ///
    /// `processing` (value 1).
    Processing,
    /// The app is published.
    ///
    /// `published` (value 2).
    Published,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for MobileAppPublishingState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppPublishingState";
    const MEMBERS: &'static [&'static str] = &[
        "notPublished",
        "processing",
        "published",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notPublished" => Self::NotPublished,
                "processing" => Self::Processing,
                "published" => Self::Published,
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
            Self::NotPublished => "notPublished",
            Self::Processing => "processing",
            Self::Published => "published",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(MobileAppPublishingState);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppPublishingState);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// The MobileAppRelationship describes the relationship between two mobile applications by providing information that tells if an application is dependent on or superseded by another application.
///
/// CSDL: `microsoft.graph.mobileAppRelationship`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppRelationship {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The display name of the app that is the source of the mobile app relationship entity. For example: Orca. Maximum length is 500 characters. Read-Only. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `sourceDisplayName`: `Edm.String`, nullable.
    pub source_display_name: rt::Field<::std::string::String>,
    /// The display version of the app that is the source of the mobile app relationship entity. For example 1.0.12 or 1.2203.156 or 3. Read-Only. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `sourceDisplayVersion`: `Edm.String`, nullable.
    pub source_display_version: rt::Field<::std::string::String>,
    /// The unique app identifier of the source of the mobile app relationship entity. For example: 2dbc75b9-e993-4e4d-a071-91ac5a218672. If null during relationship creation, then it will be populated with parent Id. Read-Only. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// The publisher display name of the app that is the source of the mobile app relationship entity. For example: Fabrikam. Maximum length is 500 characters. Read-Only. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `sourcePublisherDisplayName`: `Edm.String`, nullable.
    pub source_publisher_display_name: rt::Field<::std::string::String>,
    /// The display name of the app that is the target of the mobile app relationship entity. For example: Firefox Setup 52.0.2 32bit.intunewin. Maximum length is 500 characters. Read-Only. Returned by default. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `targetDisplayName`: `Edm.String`, nullable.
    pub target_display_name: rt::Field<::std::string::String>,
    /// The display version of the app that is the target of the mobile app relationship entity. For example 1.0 or 1.2203.156. Read-Only. Returned by default. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `targetDisplayVersion`: `Edm.String`, nullable.
    pub target_display_version: rt::Field<::std::string::String>,
    /// The unique app identifier of the target of the mobile app relationship entity. For example: 2dbc75b9-e993-4e4d-a071-91ac5a218672. Read-Only. Returned by default. Supports: $select. Does not support $search, $filter, $orderBy.
    ///
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// The publisher display name of the app that is the target of the mobile app relationship entity. For example: Fabrikam. Maximum length is 500 characters. Read-Only. Supports: $select. Does not support $search, $filter, $orderBy. This property is read-only.
    ///
    /// CSDL: property `targetPublisherDisplayName`: `Edm.String`, nullable.
    pub target_publisher_display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppRelationship {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source_display_name: rt::Field::Absent,
            source_display_version: rt::Field::Absent,
            source_id: rt::Field::Absent,
            source_publisher_display_name: rt::Field::Absent,
            target_display_name: rt::Field::Absent,
            target_display_version: rt::Field::Absent,
            target_id: rt::Field::Absent,
            target_publisher_display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppRelationship";
    const KEYS: &'static [&'static str] = &[
        "id",
        "sourceDisplayName",
        "sourceDisplayVersion",
        "sourceId",
        "sourcePublisherDisplayName",
        "targetDisplayName",
        "targetDisplayVersion",
        "targetId",
        "targetPublisherDisplayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"sourceDisplayName\":            ",
        ",\"sourceDisplayVersion\":         ",
        ",\"sourceId\":                     ",
        ",\"sourcePublisherDisplayName\":   ",
        ",\"targetDisplayName\":            ",
        ",\"targetDisplayVersion\":         ",
        ",\"targetId\":                     ",
        ",\"targetPublisherDisplayName\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppRelationship\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source_display_name", &self.source_display_name);
        v.field(2usize, "source_display_version", &self.source_display_version);
        v.field(3usize, "source_id", &self.source_id);
        v.field(
            4usize,
            "source_publisher_display_name",
            &self.source_publisher_display_name,
        );
        v.field(5usize, "target_display_name", &self.target_display_name);
        v.field(6usize, "target_display_version", &self.target_display_version);
        v.field(7usize, "target_id", &self.target_id);
        v.field(
            8usize,
            "target_publisher_display_name",
            &self.target_publisher_display_name,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppRelationship {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source_display_name.read_from(r),
            2usize => self.source_display_version.read_from(r),
            3usize => self.source_id.read_from(r),
            4usize => self.source_publisher_display_name.read_from(r),
            5usize => self.target_display_name.read_from(r),
            6usize => self.target_display_version.read_from(r),
            7usize => self.target_id.read_from(r),
            8usize => self.target_publisher_display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source_display_name);
        w.field(2usize, &self.source_display_version);
        w.field(3usize, &self.source_id);
        w.field(4usize, &self.source_publisher_display_name);
        w.field(5usize, &self.target_display_name);
        w.field(6usize, &self.target_display_version);
        w.field(7usize, &self.target_id);
        w.field(8usize, &self.target_publisher_display_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppRelationship);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppRelationship { with_id id : ::std::string::String; with_source_display_name
    source_display_name : ::std::string::String; with_source_display_version
    source_display_version : ::std::string::String; with_source_id source_id :
    ::std::string::String; with_source_publisher_display_name
    source_publisher_display_name : ::std::string::String; with_target_display_name
    target_display_name : ::std::string::String; with_target_display_version
    target_display_version : ::std::string::String; with_target_id target_id :
    ::std::string::String; with_target_publisher_display_name
    target_publisher_display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppRelationship);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// An abstract class that represents a contained app in a mobileApp acting as a package.
///
/// CSDL: `microsoft.graph.mobileContainedApp`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileContainedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileContainedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileContainedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileContainedApp";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.mobileContainedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileContainedApp {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileContainedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(MobileContainedApp { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileContainedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.mobileContainedApp` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileContainedApp {
    MobileContainedApp(::std::boxed::Box<crate::v1::MobileContainedApp>),
    WindowsUniversalAppXContainedApp(
        ::std::boxed::Box<crate::v1::WindowsUniversalAppXContainedApp>,
    ),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileContainedApp {
    #[inline]
    fn default() -> Self {
        Self::MobileContainedApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileContainedApp> for AnyMobileContainedApp {
    #[inline]
    fn from(v: crate::v1::MobileContainedApp) -> Self {
        Self::MobileContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUniversalAppXContainedApp>
for AnyMobileContainedApp {
    #[inline]
    fn from(v: crate::v1::WindowsUniversalAppXContainedApp) -> Self {
        Self::WindowsUniversalAppXContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileContainedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileContainedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileContainedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileContainedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileContainedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MobileContainedApp>();
    rt::object::auto_traits::<crate::v1::WindowsUniversalAppXContainedApp>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyMobileContainedApp {
    const BASE_NAME: &'static str = "microsoft.graph.mobileContainedApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXContainedApp",
            ) => Self::WindowsUniversalAppXContainedApp(rt::object::new_boxed()),
            _ => Self::MobileContainedApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileContainedApp(v) => &**v,
            Self::WindowsUniversalAppXContainedApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileContainedApp(v) => &mut **v,
            Self::WindowsUniversalAppXContainedApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyMobileContainedApp {
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
            Self::MobileContainedApp(v) => &v.id,
            Self::WindowsUniversalAppXContainedApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileContainedApp(v) => &mut v.id,
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyMobileContainedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileContainedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// An abstract base class containing properties for all mobile line-of-business apps.
///
/// CSDL: `microsoft.graph.mobileLobApp`, entity type, derived from `microsoft.graph.mobileApp`, abstract, key `id`.
///
/// Request builders: [`MobileLobAppPath`](requests/trait.MobileLobAppPath.html), what a path to one (`EntityPath<AnyMobileLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main LOB application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files. This property is read-only.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app. This property is read-only.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "committed_content_version", &self.committed_content_version);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "size", &self.size);
        v.field(19usize, "content_versions", &self.content_versions);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.committed_content_version.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.size.read_from(r),
            19usize => self.content_versions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.committed_content_version);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.size);
        w.field(19usize, &self.content_versions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_committed_content_version
    committed_content_version : ::std::string::String; with_file_name file_name :
    ::std::string::String; with_size size : i64; with_content_versions content_versions :
    ::std::vec::Vec < crate ::v1::MobileAppContent >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.mobileLobApp` or any type derived from it, selected by `@odata.type` (9 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileLobApp {
    MobileLobApp(::std::boxed::Box<crate::v1::MobileLobApp>),
    AndroidLobApp(::std::boxed::Box<crate::v1::AndroidLobApp>),
    IosLobApp(::std::boxed::Box<crate::v1::IosLobApp>),
    MacOsDmgApp(::std::boxed::Box<crate::v1::MacOsDmgApp>),
    MacOsLobApp(::std::boxed::Box<crate::v1::MacOsLobApp>),
    Win32LobApp(::std::boxed::Box<crate::v1::Win32LobApp>),
    WindowsAppX(::std::boxed::Box<crate::v1::WindowsAppX>),
    WindowsMobileMsi(::std::boxed::Box<crate::v1::WindowsMobileMsi>),
    WindowsUniversalAppX(::std::boxed::Box<crate::v1::WindowsUniversalAppX>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileLobApp {
    #[inline]
    fn default() -> Self {
        Self::MobileLobApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsDmgApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::MacOsDmgApp) -> Self {
        Self::MacOsDmgApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::Win32LobApp) -> Self {
        Self::Win32LobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAppX> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::WindowsAppX) -> Self {
        Self::WindowsAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsMobileMsi> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::WindowsMobileMsi) -> Self {
        Self::WindowsMobileMsi(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUniversalAppX> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::v1::WindowsUniversalAppX) -> Self {
        Self::WindowsUniversalAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MobileLobApp>();
    rt::object::auto_traits::<crate::v1::AndroidLobApp>();
    rt::object::auto_traits::<crate::v1::IosLobApp>();
    rt::object::auto_traits::<crate::v1::MacOsDmgApp>();
    rt::object::auto_traits::<crate::v1::MacOsLobApp>();
    rt::object::auto_traits::<crate::v1::Win32LobApp>();
    rt::object::auto_traits::<crate::v1::WindowsAppX>();
    rt::object::auto_traits::<crate::v1::WindowsMobileMsi>();
    rt::object::auto_traits::<crate::v1::WindowsUniversalAppX>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyMobileLobApp {
    const BASE_NAME: &'static str = "microsoft.graph.mobileLobApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                Self::AndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                Self::IosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSDmgApp") => {
                Self::MacOsDmgApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                Self::MacOsLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                Self::Win32LobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                Self::WindowsAppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                Self::WindowsMobileMsi(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                Self::WindowsUniversalAppX(rt::object::new_boxed())
            }
            _ => Self::MobileLobApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileLobApp(v) => &**v,
            Self::AndroidLobApp(v) => &**v,
            Self::IosLobApp(v) => &**v,
            Self::MacOsDmgApp(v) => &**v,
            Self::MacOsLobApp(v) => &**v,
            Self::Win32LobApp(v) => &**v,
            Self::WindowsAppX(v) => &**v,
            Self::WindowsMobileMsi(v) => &**v,
            Self::WindowsUniversalAppX(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileLobApp(v) => &mut **v,
            Self::AndroidLobApp(v) => &mut **v,
            Self::IosLobApp(v) => &mut **v,
            Self::MacOsDmgApp(v) => &mut **v,
            Self::MacOsLobApp(v) => &mut **v,
            Self::Win32LobApp(v) => &mut **v,
            Self::WindowsAppX(v) => &mut **v,
            Self::WindowsMobileMsi(v) => &mut **v,
            Self::WindowsUniversalAppX(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyMobileLobApp {
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
            Self::MobileLobApp(v) => &v.id,
            Self::AndroidLobApp(v) => &v.id,
            Self::IosLobApp(v) => &v.id,
            Self::MacOsDmgApp(v) => &v.id,
            Self::MacOsLobApp(v) => &v.id,
            Self::Win32LobApp(v) => &v.id,
            Self::WindowsAppX(v) => &v.id,
            Self::WindowsMobileMsi(v) => &v.id,
            Self::WindowsUniversalAppX(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.id,
            Self::AndroidLobApp(v) => &mut v.id,
            Self::IosLobApp(v) => &mut v.id,
            Self::MacOsDmgApp(v) => &mut v.id,
            Self::MacOsLobApp(v) => &mut v.id,
            Self::Win32LobApp(v) => &mut v.id,
            Self::WindowsAppX(v) => &mut v.id,
            Self::WindowsMobileMsi(v) => &mut v.id,
            Self::WindowsUniversalAppX(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &v.created_date_time,
            Self::AndroidLobApp(v) => &v.created_date_time,
            Self::IosLobApp(v) => &v.created_date_time,
            Self::MacOsDmgApp(v) => &v.created_date_time,
            Self::MacOsLobApp(v) => &v.created_date_time,
            Self::Win32LobApp(v) => &v.created_date_time,
            Self::WindowsAppX(v) => &v.created_date_time,
            Self::WindowsMobileMsi(v) => &v.created_date_time,
            Self::WindowsUniversalAppX(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &mut v.created_date_time,
            Self::AndroidLobApp(v) => &mut v.created_date_time,
            Self::IosLobApp(v) => &mut v.created_date_time,
            Self::MacOsDmgApp(v) => &mut v.created_date_time,
            Self::MacOsLobApp(v) => &mut v.created_date_time,
            Self::Win32LobApp(v) => &mut v.created_date_time,
            Self::WindowsAppX(v) => &mut v.created_date_time,
            Self::WindowsMobileMsi(v) => &mut v.created_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.description,
            Self::AndroidLobApp(v) => &v.description,
            Self::IosLobApp(v) => &v.description,
            Self::MacOsDmgApp(v) => &v.description,
            Self::MacOsLobApp(v) => &v.description,
            Self::Win32LobApp(v) => &v.description,
            Self::WindowsAppX(v) => &v.description,
            Self::WindowsMobileMsi(v) => &v.description,
            Self::WindowsUniversalAppX(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.description,
            Self::AndroidLobApp(v) => &mut v.description,
            Self::IosLobApp(v) => &mut v.description,
            Self::MacOsDmgApp(v) => &mut v.description,
            Self::MacOsLobApp(v) => &mut v.description,
            Self::Win32LobApp(v) => &mut v.description,
            Self::WindowsAppX(v) => &mut v.description,
            Self::WindowsMobileMsi(v) => &mut v.description,
            Self::WindowsUniversalAppX(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.developer,
            Self::AndroidLobApp(v) => &v.developer,
            Self::IosLobApp(v) => &v.developer,
            Self::MacOsDmgApp(v) => &v.developer,
            Self::MacOsLobApp(v) => &v.developer,
            Self::Win32LobApp(v) => &v.developer,
            Self::WindowsAppX(v) => &v.developer,
            Self::WindowsMobileMsi(v) => &v.developer,
            Self::WindowsUniversalAppX(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.developer,
            Self::AndroidLobApp(v) => &mut v.developer,
            Self::IosLobApp(v) => &mut v.developer,
            Self::MacOsDmgApp(v) => &mut v.developer,
            Self::MacOsLobApp(v) => &mut v.developer,
            Self::Win32LobApp(v) => &mut v.developer,
            Self::WindowsAppX(v) => &mut v.developer,
            Self::WindowsMobileMsi(v) => &mut v.developer,
            Self::WindowsUniversalAppX(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.display_name,
            Self::AndroidLobApp(v) => &v.display_name,
            Self::IosLobApp(v) => &v.display_name,
            Self::MacOsDmgApp(v) => &v.display_name,
            Self::MacOsLobApp(v) => &v.display_name,
            Self::Win32LobApp(v) => &v.display_name,
            Self::WindowsAppX(v) => &v.display_name,
            Self::WindowsMobileMsi(v) => &v.display_name,
            Self::WindowsUniversalAppX(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.display_name,
            Self::AndroidLobApp(v) => &mut v.display_name,
            Self::IosLobApp(v) => &mut v.display_name,
            Self::MacOsDmgApp(v) => &mut v.display_name,
            Self::MacOsLobApp(v) => &mut v.display_name,
            Self::Win32LobApp(v) => &mut v.display_name,
            Self::WindowsAppX(v) => &mut v.display_name,
            Self::WindowsMobileMsi(v) => &mut v.display_name,
            Self::WindowsUniversalAppX(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.information_url,
            Self::AndroidLobApp(v) => &v.information_url,
            Self::IosLobApp(v) => &v.information_url,
            Self::MacOsDmgApp(v) => &v.information_url,
            Self::MacOsLobApp(v) => &v.information_url,
            Self::Win32LobApp(v) => &v.information_url,
            Self::WindowsAppX(v) => &v.information_url,
            Self::WindowsMobileMsi(v) => &v.information_url,
            Self::WindowsUniversalAppX(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.information_url,
            Self::AndroidLobApp(v) => &mut v.information_url,
            Self::IosLobApp(v) => &mut v.information_url,
            Self::MacOsDmgApp(v) => &mut v.information_url,
            Self::MacOsLobApp(v) => &mut v.information_url,
            Self::Win32LobApp(v) => &mut v.information_url,
            Self::WindowsAppX(v) => &mut v.information_url,
            Self::WindowsMobileMsi(v) => &mut v.information_url,
            Self::WindowsUniversalAppX(v) => &mut v.information_url,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::MobileLobApp(v) => &v.is_featured,
            Self::AndroidLobApp(v) => &v.is_featured,
            Self::IosLobApp(v) => &v.is_featured,
            Self::MacOsDmgApp(v) => &v.is_featured,
            Self::MacOsLobApp(v) => &v.is_featured,
            Self::Win32LobApp(v) => &v.is_featured,
            Self::WindowsAppX(v) => &v.is_featured,
            Self::WindowsMobileMsi(v) => &v.is_featured,
            Self::WindowsUniversalAppX(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MobileLobApp(v) => &mut v.is_featured,
            Self::AndroidLobApp(v) => &mut v.is_featured,
            Self::IosLobApp(v) => &mut v.is_featured,
            Self::MacOsDmgApp(v) => &mut v.is_featured,
            Self::MacOsLobApp(v) => &mut v.is_featured,
            Self::Win32LobApp(v) => &mut v.is_featured,
            Self::WindowsAppX(v) => &mut v.is_featured,
            Self::WindowsMobileMsi(v) => &mut v.is_featured,
            Self::WindowsUniversalAppX(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::v1::MimeContent> {
        match self {
            Self::MobileLobApp(v) => &v.large_icon,
            Self::AndroidLobApp(v) => &v.large_icon,
            Self::IosLobApp(v) => &v.large_icon,
            Self::MacOsDmgApp(v) => &v.large_icon,
            Self::MacOsLobApp(v) => &v.large_icon,
            Self::Win32LobApp(v) => &v.large_icon,
            Self::WindowsAppX(v) => &v.large_icon,
            Self::WindowsMobileMsi(v) => &v.large_icon,
            Self::WindowsUniversalAppX(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::v1::MimeContent> {
        match self {
            Self::MobileLobApp(v) => &mut v.large_icon,
            Self::AndroidLobApp(v) => &mut v.large_icon,
            Self::IosLobApp(v) => &mut v.large_icon,
            Self::MacOsDmgApp(v) => &mut v.large_icon,
            Self::MacOsLobApp(v) => &mut v.large_icon,
            Self::Win32LobApp(v) => &mut v.large_icon,
            Self::WindowsAppX(v) => &mut v.large_icon,
            Self::WindowsMobileMsi(v) => &mut v.large_icon,
            Self::WindowsUniversalAppX(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &v.last_modified_date_time,
            Self::AndroidLobApp(v) => &v.last_modified_date_time,
            Self::IosLobApp(v) => &v.last_modified_date_time,
            Self::MacOsDmgApp(v) => &v.last_modified_date_time,
            Self::MacOsLobApp(v) => &v.last_modified_date_time,
            Self::Win32LobApp(v) => &v.last_modified_date_time,
            Self::WindowsAppX(v) => &v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &mut v.last_modified_date_time,
            Self::AndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::IosLobApp(v) => &mut v.last_modified_date_time,
            Self::MacOsDmgApp(v) => &mut v.last_modified_date_time,
            Self::MacOsLobApp(v) => &mut v.last_modified_date_time,
            Self::Win32LobApp(v) => &mut v.last_modified_date_time,
            Self::WindowsAppX(v) => &mut v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &mut v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.notes,
            Self::AndroidLobApp(v) => &v.notes,
            Self::IosLobApp(v) => &v.notes,
            Self::MacOsDmgApp(v) => &v.notes,
            Self::MacOsLobApp(v) => &v.notes,
            Self::Win32LobApp(v) => &v.notes,
            Self::WindowsAppX(v) => &v.notes,
            Self::WindowsMobileMsi(v) => &v.notes,
            Self::WindowsUniversalAppX(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.notes,
            Self::AndroidLobApp(v) => &mut v.notes,
            Self::IosLobApp(v) => &mut v.notes,
            Self::MacOsDmgApp(v) => &mut v.notes,
            Self::MacOsLobApp(v) => &mut v.notes,
            Self::Win32LobApp(v) => &mut v.notes,
            Self::WindowsAppX(v) => &mut v.notes,
            Self::WindowsMobileMsi(v) => &mut v.notes,
            Self::WindowsUniversalAppX(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.owner,
            Self::AndroidLobApp(v) => &v.owner,
            Self::IosLobApp(v) => &v.owner,
            Self::MacOsDmgApp(v) => &v.owner,
            Self::MacOsLobApp(v) => &v.owner,
            Self::Win32LobApp(v) => &v.owner,
            Self::WindowsAppX(v) => &v.owner,
            Self::WindowsMobileMsi(v) => &v.owner,
            Self::WindowsUniversalAppX(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.owner,
            Self::AndroidLobApp(v) => &mut v.owner,
            Self::IosLobApp(v) => &mut v.owner,
            Self::MacOsDmgApp(v) => &mut v.owner,
            Self::MacOsLobApp(v) => &mut v.owner,
            Self::Win32LobApp(v) => &mut v.owner,
            Self::WindowsAppX(v) => &mut v.owner,
            Self::WindowsMobileMsi(v) => &mut v.owner,
            Self::WindowsUniversalAppX(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.privacy_information_url,
            Self::AndroidLobApp(v) => &v.privacy_information_url,
            Self::IosLobApp(v) => &v.privacy_information_url,
            Self::MacOsDmgApp(v) => &v.privacy_information_url,
            Self::MacOsLobApp(v) => &v.privacy_information_url,
            Self::Win32LobApp(v) => &v.privacy_information_url,
            Self::WindowsAppX(v) => &v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.privacy_information_url,
            Self::AndroidLobApp(v) => &mut v.privacy_information_url,
            Self::IosLobApp(v) => &mut v.privacy_information_url,
            Self::MacOsDmgApp(v) => &mut v.privacy_information_url,
            Self::MacOsLobApp(v) => &mut v.privacy_information_url,
            Self::Win32LobApp(v) => &mut v.privacy_information_url,
            Self::WindowsAppX(v) => &mut v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &mut v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.publisher,
            Self::AndroidLobApp(v) => &v.publisher,
            Self::IosLobApp(v) => &v.publisher,
            Self::MacOsDmgApp(v) => &v.publisher,
            Self::MacOsLobApp(v) => &v.publisher,
            Self::Win32LobApp(v) => &v.publisher,
            Self::WindowsAppX(v) => &v.publisher,
            Self::WindowsMobileMsi(v) => &v.publisher,
            Self::WindowsUniversalAppX(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.publisher,
            Self::AndroidLobApp(v) => &mut v.publisher,
            Self::IosLobApp(v) => &mut v.publisher,
            Self::MacOsDmgApp(v) => &mut v.publisher,
            Self::MacOsLobApp(v) => &mut v.publisher,
            Self::Win32LobApp(v) => &mut v.publisher,
            Self::WindowsAppX(v) => &mut v.publisher,
            Self::WindowsMobileMsi(v) => &mut v.publisher,
            Self::WindowsUniversalAppX(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::MobileLobApp(v) => &v.publishing_state,
            Self::AndroidLobApp(v) => &v.publishing_state,
            Self::IosLobApp(v) => &v.publishing_state,
            Self::MacOsDmgApp(v) => &v.publishing_state,
            Self::MacOsLobApp(v) => &v.publishing_state,
            Self::Win32LobApp(v) => &v.publishing_state,
            Self::WindowsAppX(v) => &v.publishing_state,
            Self::WindowsMobileMsi(v) => &v.publishing_state,
            Self::WindowsUniversalAppX(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::MobileLobApp(v) => &mut v.publishing_state,
            Self::AndroidLobApp(v) => &mut v.publishing_state,
            Self::IosLobApp(v) => &mut v.publishing_state,
            Self::MacOsDmgApp(v) => &mut v.publishing_state,
            Self::MacOsLobApp(v) => &mut v.publishing_state,
            Self::Win32LobApp(v) => &mut v.publishing_state,
            Self::WindowsAppX(v) => &mut v.publishing_state,
            Self::WindowsMobileMsi(v) => &mut v.publishing_state,
            Self::WindowsUniversalAppX(v) => &mut v.publishing_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::MobileLobApp(v) => &v.assignments,
            Self::AndroidLobApp(v) => &v.assignments,
            Self::IosLobApp(v) => &v.assignments,
            Self::MacOsDmgApp(v) => &v.assignments,
            Self::MacOsLobApp(v) => &v.assignments,
            Self::Win32LobApp(v) => &v.assignments,
            Self::WindowsAppX(v) => &v.assignments,
            Self::WindowsMobileMsi(v) => &v.assignments,
            Self::WindowsUniversalAppX(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::MobileLobApp(v) => &mut v.assignments,
            Self::AndroidLobApp(v) => &mut v.assignments,
            Self::IosLobApp(v) => &mut v.assignments,
            Self::MacOsDmgApp(v) => &mut v.assignments,
            Self::MacOsLobApp(v) => &mut v.assignments,
            Self::Win32LobApp(v) => &mut v.assignments,
            Self::WindowsAppX(v) => &mut v.assignments,
            Self::WindowsMobileMsi(v) => &mut v.assignments,
            Self::WindowsUniversalAppX(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::MobileLobApp(v) => &v.categories,
            Self::AndroidLobApp(v) => &v.categories,
            Self::IosLobApp(v) => &v.categories,
            Self::MacOsDmgApp(v) => &v.categories,
            Self::MacOsLobApp(v) => &v.categories,
            Self::Win32LobApp(v) => &v.categories,
            Self::WindowsAppX(v) => &v.categories,
            Self::WindowsMobileMsi(v) => &v.categories,
            Self::WindowsUniversalAppX(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::MobileLobApp(v) => &mut v.categories,
            Self::AndroidLobApp(v) => &mut v.categories,
            Self::IosLobApp(v) => &mut v.categories,
            Self::MacOsDmgApp(v) => &mut v.categories,
            Self::MacOsLobApp(v) => &mut v.categories,
            Self::Win32LobApp(v) => &mut v.categories,
            Self::WindowsAppX(v) => &mut v.categories,
            Self::WindowsMobileMsi(v) => &mut v.categories,
            Self::WindowsUniversalAppX(v) => &mut v.categories,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.committed_content_version,
            Self::AndroidLobApp(v) => &v.committed_content_version,
            Self::IosLobApp(v) => &v.committed_content_version,
            Self::MacOsDmgApp(v) => &v.committed_content_version,
            Self::MacOsLobApp(v) => &v.committed_content_version,
            Self::Win32LobApp(v) => &v.committed_content_version,
            Self::WindowsAppX(v) => &v.committed_content_version,
            Self::WindowsMobileMsi(v) => &v.committed_content_version,
            Self::WindowsUniversalAppX(v) => &v.committed_content_version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.committed_content_version,
            Self::AndroidLobApp(v) => &mut v.committed_content_version,
            Self::IosLobApp(v) => &mut v.committed_content_version,
            Self::MacOsDmgApp(v) => &mut v.committed_content_version,
            Self::MacOsLobApp(v) => &mut v.committed_content_version,
            Self::Win32LobApp(v) => &mut v.committed_content_version,
            Self::WindowsAppX(v) => &mut v.committed_content_version,
            Self::WindowsMobileMsi(v) => &mut v.committed_content_version,
            Self::WindowsUniversalAppX(v) => &mut v.committed_content_version,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.file_name,
            Self::AndroidLobApp(v) => &v.file_name,
            Self::IosLobApp(v) => &v.file_name,
            Self::MacOsDmgApp(v) => &v.file_name,
            Self::MacOsLobApp(v) => &v.file_name,
            Self::Win32LobApp(v) => &v.file_name,
            Self::WindowsAppX(v) => &v.file_name,
            Self::WindowsMobileMsi(v) => &v.file_name,
            Self::WindowsUniversalAppX(v) => &v.file_name,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.file_name,
            Self::AndroidLobApp(v) => &mut v.file_name,
            Self::IosLobApp(v) => &mut v.file_name,
            Self::MacOsDmgApp(v) => &mut v.file_name,
            Self::MacOsLobApp(v) => &mut v.file_name,
            Self::Win32LobApp(v) => &mut v.file_name,
            Self::WindowsAppX(v) => &mut v.file_name,
            Self::WindowsMobileMsi(v) => &mut v.file_name,
            Self::WindowsUniversalAppX(v) => &mut v.file_name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i64> {
        match self {
            Self::MobileLobApp(v) => &v.size,
            Self::AndroidLobApp(v) => &v.size,
            Self::IosLobApp(v) => &v.size,
            Self::MacOsDmgApp(v) => &v.size,
            Self::MacOsLobApp(v) => &v.size,
            Self::Win32LobApp(v) => &v.size,
            Self::WindowsAppX(v) => &v.size,
            Self::WindowsMobileMsi(v) => &v.size,
            Self::WindowsUniversalAppX(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::MobileLobApp(v) => &mut v.size,
            Self::AndroidLobApp(v) => &mut v.size,
            Self::IosLobApp(v) => &mut v.size,
            Self::MacOsDmgApp(v) => &mut v.size,
            Self::MacOsLobApp(v) => &mut v.size,
            Self::Win32LobApp(v) => &mut v.size,
            Self::WindowsAppX(v) => &mut v.size,
            Self::WindowsMobileMsi(v) => &mut v.size,
            Self::WindowsUniversalAppX(v) => &mut v.size,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>> {
        match self {
            Self::MobileLobApp(v) => &v.content_versions,
            Self::AndroidLobApp(v) => &v.content_versions,
            Self::IosLobApp(v) => &v.content_versions,
            Self::MacOsDmgApp(v) => &v.content_versions,
            Self::MacOsLobApp(v) => &v.content_versions,
            Self::Win32LobApp(v) => &v.content_versions,
            Self::WindowsAppX(v) => &v.content_versions,
            Self::WindowsMobileMsi(v) => &v.content_versions,
            Self::WindowsUniversalAppX(v) => &v.content_versions,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>> {
        match self {
            Self::MobileLobApp(v) => &mut v.content_versions,
            Self::AndroidLobApp(v) => &mut v.content_versions,
            Self::IosLobApp(v) => &mut v.content_versions,
            Self::MacOsDmgApp(v) => &mut v.content_versions,
            Self::MacOsLobApp(v) => &mut v.content_versions,
            Self::Win32LobApp(v) => &mut v.content_versions,
            Self::WindowsAppX(v) => &mut v.content_versions,
            Self::WindowsMobileMsi(v) => &mut v.content_versions,
            Self::WindowsUniversalAppX(v) => &mut v.content_versions,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyMobileLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileLobApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// Entity which represents a connection to Mobile Threat Defense partner.
///
/// CSDL: `microsoft.graph.mobileThreatDefenseConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileThreatDefenseConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// When TRUE, indicates the Mobile Threat Defense partner may collect metadata about installed applications from Intune for iOS devices. When FALSE, indicates the Mobile Threat Defense partner may not collect metadata about installed applications from Intune for iOS devices. Default value is FALSE.
    ///
    /// CSDL: property `allowPartnerToCollectIOSApplicationMetadata`: `Edm.Boolean`, not nullable.
    pub allow_partner_to_collect_ios_application_metadata: rt::Field<bool>,
    /// When TRUE, indicates the Mobile Threat Defense partner may collect metadata about personally installed applications from Intune for iOS devices. When FALSE, indicates the Mobile Threat Defense partner may not collect metadata about personally installed applications from Intune for iOS devices. Default value is FALSE.
    ///
    /// CSDL: property `allowPartnerToCollectIOSPersonalApplicationMetadata`: `Edm.Boolean`, not nullable.
    pub allow_partner_to_collect_ios_personal_application_metadata: rt::Field<bool>,
    /// When TRUE, indicates that Intune must receive data from the Mobile Threat Defense partner prior to marking an Android device compliant. When FALSE, indicates that Intune may mark an Android device compliant before receiving data from the Mobile Threat Defense partner.
    ///
    /// CSDL: property `androidDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub android_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner will be used during compliance evaluations for Android devices. When FALSE, indicates that data from the Mobile Threat Defense partner will not be used during compliance evaluations for Android devices. Default value is FALSE.
    ///
    /// CSDL: property `androidEnabled`: `Edm.Boolean`, not nullable.
    pub android_enabled: rt::Field<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner can be used during Mobile Application Management (MAM) evaluations for Android devices. When FALSE, indicates that data from the Mobile Threat Defense partner should not be used during Mobile Application Management (MAM) evaluations for Android devices. Only one partner per platform may be enabled for Mobile Application Management (MAM) evaluation. Default value is FALSE.
    ///
    /// CSDL: property `androidMobileApplicationManagementEnabled`: `Edm.Boolean`, not nullable.
    pub android_mobile_application_management_enabled: rt::Field<bool>,
    /// When TRUE, indicates that Intune must receive data from the Mobile Threat Defense partner prior to marking a device compliant. When FALSE, indicates that Intune may not recieve data from Mobile Threat Defense partner prior to making device compliant. Default value is FALSE.
    ///
    /// CSDL: property `iosDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub ios_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner will be used during compliance evaluations for iOS devices. When FALSE, indicates that data from the Mobile Threat Defense partner will not be used during compliance evaluations for iOS devices. Default value is FALSE.
    ///
    /// CSDL: property `iosEnabled`: `Edm.Boolean`, not nullable.
    pub ios_enabled: rt::Field<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner can be used during Mobile Application Management (MAM) evaluations for iOS devices. When FALSE, indicates that data from the Mobile Threat Defense partner should not be used during Mobile Application Management (MAM) evaluations for iOS devices. Only one partner per platform may be enabled for Mobile Application Management (MAM) evaluation. Default value is FALSE.
    ///
    /// CSDL: property `iosMobileApplicationManagementEnabled`: `Edm.Boolean`, not nullable.
    pub ios_mobile_application_management_enabled: rt::Field<bool>,
    /// DateTime of last Heartbeat recieved from the Mobile Threat Defense partner
    ///
    /// CSDL: property `lastHeartbeatDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_heartbeat_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// When TRUE, indicates that configuration profile management via Microsoft Defender for Endpoint is enabled. When FALSE, indicates that configuration profile management via Microsoft Defender for Endpoint is disabled. Default value is FALSE.
    ///
    /// CSDL: property `microsoftDefenderForEndpointAttachEnabled`: `Edm.Boolean`, not nullable.
    pub microsoft_defender_for_endpoint_attach_enabled: rt::Field<bool>,
    /// Mobile Threat Defense partner state for this account
    ///
    /// CSDL: property `partnerState`: `microsoft.graph.mobileThreatPartnerTenantState`, not nullable.
    pub partner_state: rt::Field<crate::v1::MobileThreatPartnerTenantState>,
    /// Indicates the number of days without receiving a heartbeat from a Mobile Threat Defense partner before the partner is marked as unresponsive. Intune will the ignore the data from this Mobile Threat Defense Partner for next compliance calculation.
    ///
    /// CSDL: property `partnerUnresponsivenessThresholdInDays`: `Edm.Int32`, not nullable.
    pub partner_unresponsiveness_threshold_in_days: rt::Field<i32>,
    /// When TRUE, indicates that Intune will mark devices noncompliant on enabled platforms that do not meet the minimum version requirements of the Mobile Threat Defense partner. When FALSE, indicates that Intune will not mark devices noncompliant on enabled platforms that do not meet the minimum version requirements of the Mobile Threat Defense partner. Default value is FALSE.
    ///
    /// CSDL: property `partnerUnsupportedOsVersionBlocked`: `Edm.Boolean`, not nullable.
    pub partner_unsupported_os_version_blocked: rt::Field<bool>,
    /// When TRUE, indicates that Intune must receive data from the data sync partner prior to marking a device compliant for Windows. When FALSE, indicates that Intune may mark a device compliant without receiving data from the data sync partner for Windows. Default value is FALSE.
    ///
    /// CSDL: property `windowsDeviceBlockedOnMissingPartnerData`: `Edm.Boolean`, not nullable.
    pub windows_device_blocked_on_missing_partner_data: rt::Field<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner will be used during compliance evaluations for Windows. When FALSE, indicates that data from the Mobile Threat Defense partner will not be used during compliance evaluations for Windows. Default value is FALSE.
    ///
    /// CSDL: property `windowsEnabled`: `Edm.Boolean`, not nullable.
    pub windows_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MobileThreatDefenseConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_partner_to_collect_ios_application_metadata: rt::Field::Absent,
            allow_partner_to_collect_ios_personal_application_metadata: rt::Field::Absent,
            android_device_blocked_on_missing_partner_data: rt::Field::Absent,
            android_enabled: rt::Field::Absent,
            android_mobile_application_management_enabled: rt::Field::Absent,
            ios_device_blocked_on_missing_partner_data: rt::Field::Absent,
            ios_enabled: rt::Field::Absent,
            ios_mobile_application_management_enabled: rt::Field::Absent,
            last_heartbeat_date_time: rt::Field::Absent,
            microsoft_defender_for_endpoint_attach_enabled: rt::Field::Absent,
            partner_state: rt::Field::Absent,
            partner_unresponsiveness_threshold_in_days: rt::Field::Absent,
            partner_unsupported_os_version_blocked: rt::Field::Absent,
            windows_device_blocked_on_missing_partner_data: rt::Field::Absent,
            windows_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MobileThreatDefenseConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowPartnerToCollectIOSApplicationMetadata",
        "allowPartnerToCollectIOSPersonalApplicationMetadata",
        "androidDeviceBlockedOnMissingPartnerData",
        "androidEnabled",
        "androidMobileApplicationManagementEnabled",
        "iosDeviceBlockedOnMissingPartnerData",
        "iosEnabled",
        "iosMobileApplicationManagementEnabled",
        "lastHeartbeatDateTime",
        "microsoftDefenderForEndpointAttachEnabled",
        "partnerState",
        "partnerUnresponsivenessThresholdInDays",
        "partnerUnsupportedOsVersionBlocked",
        "windowsDeviceBlockedOnMissingPartnerData",
        "windowsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowPartnerToCollectIOSApplicationMetadata\":",
        ",\"allowPartnerToCollectIOSPersonalApplicationMetadata\":",
        ",\"androidDeviceBlockedOnMissingPartnerData\":",
        ",\"androidEnabled\":               ",
        ",\"androidMobileApplicationManagementEnabled\":",
        ",\"iosDeviceBlockedOnMissingPartnerData\":",
        ",\"iosEnabled\":                   ",
        ",\"iosMobileApplicationManagementEnabled\":",
        ",\"lastHeartbeatDateTime\":        ",
        ",\"microsoftDefenderForEndpointAttachEnabled\":",
        ",\"partnerState\":                 ",
        ",\"partnerUnresponsivenessThresholdInDays\":",
        ",\"partnerUnsupportedOsVersionBlocked\":",
        ",\"windowsDeviceBlockedOnMissingPartnerData\":",
        ",\"windowsEnabled\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileThreatDefenseConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allow_partner_to_collect_ios_application_metadata",
            &self.allow_partner_to_collect_ios_application_metadata,
        );
        v.field(
            2usize,
            "allow_partner_to_collect_ios_personal_application_metadata",
            &self.allow_partner_to_collect_ios_personal_application_metadata,
        );
        v.field(
            3usize,
            "android_device_blocked_on_missing_partner_data",
            &self.android_device_blocked_on_missing_partner_data,
        );
        v.field(4usize, "android_enabled", &self.android_enabled);
        v.field(
            5usize,
            "android_mobile_application_management_enabled",
            &self.android_mobile_application_management_enabled,
        );
        v.field(
            6usize,
            "ios_device_blocked_on_missing_partner_data",
            &self.ios_device_blocked_on_missing_partner_data,
        );
        v.field(7usize, "ios_enabled", &self.ios_enabled);
        v.field(
            8usize,
            "ios_mobile_application_management_enabled",
            &self.ios_mobile_application_management_enabled,
        );
        v.field(9usize, "last_heartbeat_date_time", &self.last_heartbeat_date_time);
        v.field(
            10usize,
            "microsoft_defender_for_endpoint_attach_enabled",
            &self.microsoft_defender_for_endpoint_attach_enabled,
        );
        v.field(11usize, "partner_state", &self.partner_state);
        v.field(
            12usize,
            "partner_unresponsiveness_threshold_in_days",
            &self.partner_unresponsiveness_threshold_in_days,
        );
        v.field(
            13usize,
            "partner_unsupported_os_version_blocked",
            &self.partner_unsupported_os_version_blocked,
        );
        v.field(
            14usize,
            "windows_device_blocked_on_missing_partner_data",
            &self.windows_device_blocked_on_missing_partner_data,
        );
        v.field(15usize, "windows_enabled", &self.windows_enabled);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MobileThreatDefenseConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_partner_to_collect_ios_application_metadata.read_from(r),
            2usize => {
                self.allow_partner_to_collect_ios_personal_application_metadata
                    .read_from(r)
            }
            3usize => self.android_device_blocked_on_missing_partner_data.read_from(r),
            4usize => self.android_enabled.read_from(r),
            5usize => self.android_mobile_application_management_enabled.read_from(r),
            6usize => self.ios_device_blocked_on_missing_partner_data.read_from(r),
            7usize => self.ios_enabled.read_from(r),
            8usize => self.ios_mobile_application_management_enabled.read_from(r),
            9usize => self.last_heartbeat_date_time.read_from(r),
            10usize => self.microsoft_defender_for_endpoint_attach_enabled.read_from(r),
            11usize => self.partner_state.read_from(r),
            12usize => self.partner_unresponsiveness_threshold_in_days.read_from(r),
            13usize => self.partner_unsupported_os_version_blocked.read_from(r),
            14usize => self.windows_device_blocked_on_missing_partner_data.read_from(r),
            15usize => self.windows_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_partner_to_collect_ios_application_metadata);
        w.field(
            2usize,
            &self.allow_partner_to_collect_ios_personal_application_metadata,
        );
        w.field(3usize, &self.android_device_blocked_on_missing_partner_data);
        w.field(4usize, &self.android_enabled);
        w.field(5usize, &self.android_mobile_application_management_enabled);
        w.field(6usize, &self.ios_device_blocked_on_missing_partner_data);
        w.field(7usize, &self.ios_enabled);
        w.field(8usize, &self.ios_mobile_application_management_enabled);
        w.field(9usize, &self.last_heartbeat_date_time);
        w.field(10usize, &self.microsoft_defender_for_endpoint_attach_enabled);
        w.field(11usize, &self.partner_state);
        w.field(12usize, &self.partner_unresponsiveness_threshold_in_days);
        w.field(13usize, &self.partner_unsupported_os_version_blocked);
        w.field(14usize, &self.windows_device_blocked_on_missing_partner_data);
        w.field(15usize, &self.windows_enabled);
    }
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
rt::impl_object!(MobileThreatDefenseConnector);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MobileThreatDefenseConnector { with_id id : ::std::string::String;
    with_allow_partner_to_collect_ios_application_metadata
    allow_partner_to_collect_ios_application_metadata : bool;
    with_allow_partner_to_collect_ios_personal_application_metadata
    allow_partner_to_collect_ios_personal_application_metadata : bool;
    with_android_device_blocked_on_missing_partner_data
    android_device_blocked_on_missing_partner_data : bool; with_android_enabled
    android_enabled : bool; with_android_mobile_application_management_enabled
    android_mobile_application_management_enabled : bool;
    with_ios_device_blocked_on_missing_partner_data
    ios_device_blocked_on_missing_partner_data : bool; with_ios_enabled ios_enabled :
    bool; with_ios_mobile_application_management_enabled
    ios_mobile_application_management_enabled : bool; with_last_heartbeat_date_time
    last_heartbeat_date_time : rt::edm::DateTimeOffset;
    with_microsoft_defender_for_endpoint_attach_enabled
    microsoft_defender_for_endpoint_attach_enabled : bool; with_partner_state
    partner_state : crate ::v1::MobileThreatPartnerTenantState;
    with_partner_unresponsiveness_threshold_in_days
    partner_unresponsiveness_threshold_in_days : i32;
    with_partner_unsupported_os_version_blocked partner_unsupported_os_version_blocked :
    bool; with_windows_device_blocked_on_missing_partner_data
    windows_device_blocked_on_missing_partner_data : bool; with_windows_enabled
    windows_enabled : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileThreatDefenseConnector);
#[cfg(msgraph_v1_device_management_or_search)]
/// Partner state of this tenant.
///
/// CSDL: `microsoft.graph.mobileThreatPartnerTenantState`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileThreatPartnerTenantState {
    /// Partner is unavailable.
    ///
    /// `unavailable` (value 0).
    Unavailable,
    /// Partner is available.
    ///
    /// `available` (value 1).
    Available,
    /// Partner is enabled.
    ///
    /// `enabled` (value 2).
    Enabled,
    /// Partner is unresponsive.
    ///
    /// `unresponsive` (value 3).
    Unresponsive,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for MobileThreatPartnerTenantState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileThreatPartnerTenantState";
    const MEMBERS: &'static [&'static str] = &[
        "unavailable",
        "available",
        "enabled",
        "unresponsive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unavailable" => Self::Unavailable,
                "available" => Self::Available,
                "enabled" => Self::Enabled,
                "unresponsive" => Self::Unresponsive,
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
            Self::Unavailable => "unavailable",
            Self::Available => "available",
            Self::Enabled => "enabled",
            Self::Unresponsive => "unresponsive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(MobileThreatPartnerTenantState);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileThreatPartnerTenantState);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.modifiedProperty`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct ModifiedProperty {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `newValue`: `Edm.String`, nullable.
    pub new_value: rt::Field<::std::string::String>,
    /// CSDL: property `oldValue`: `Edm.String`, nullable.
    pub old_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for ModifiedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            new_value: rt::Field::Absent,
            old_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for ModifiedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.modifiedProperty";
    const KEYS: &'static [&'static str] = &["displayName", "newValue", "oldValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"newValue\":                     ",
        ",\"oldValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.modifiedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "new_value", &self.new_value);
        v.field(2usize, "old_value", &self.old_value);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for ModifiedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.new_value.read_from(r),
            2usize => self.old_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.new_value);
        w.field(2usize, &self.old_value);
    }
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
rt::impl_object!(ModifiedProperty);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    ModifiedProperty { with_display_name display_name : ::std::string::String;
    with_new_value new_value : ::std::string::String; with_old_value old_value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ModifiedProperty);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.monitorMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MonitorMode {
    /// `monitorOnly` (value 0).
    MonitorOnly,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for MonitorMode {
    const TYPE_NAME: &'static str = "microsoft.graph.monitorMode";
    const MEMBERS: &'static [&'static str] = &["monitorOnly", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "monitorOnly" => Self::MonitorOnly,
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
            Self::MonitorOnly => "monitorOnly",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(MonitorMode);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MonitorMode);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.monitorRunStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MonitorRunStatus {
    /// `successful` (value 0).
    Successful,
    /// `partiallySuccessful` (value 1).
    PartiallySuccessful,
    /// `failed` (value 2).
    Failed,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for MonitorRunStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.monitorRunStatus";
    const MEMBERS: &'static [&'static str] = &[
        "successful",
        "partiallySuccessful",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "successful" => Self::Successful,
                "partiallySuccessful" => Self::PartiallySuccessful,
                "failed" => Self::Failed,
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
            Self::Successful => "successful",
            Self::PartiallySuccessful => "partiallySuccessful",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(MonitorRunStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MonitorRunStatus);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.monitorStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MonitorStatus {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for MonitorStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.monitorStatus";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(MonitorStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MonitorStatus);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.multiFactorAuthConfiguration`, enum type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MultiFactorAuthConfiguration {
    /// `notRequired` (value 0).
    NotRequired,
    /// `required` (value 1).
    Required,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::StrEnum for MultiFactorAuthConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.multiFactorAuthConfiguration";
    const MEMBERS: &'static [&'static str] = &[
        "notRequired",
        "required",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notRequired" => Self::NotRequired,
                "required" => Self::Required,
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
            Self::NotRequired => "notRequired",
            Self::Required => "required",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_enum!(MultiFactorAuthConfiguration);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiFactorAuthConfiguration);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.multiTenantOrganization`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MultiTenantOrganizationPath`](requests/trait.MultiTenantOrganizationPath.html), what a path to one (`EntityPath<MultiTenantOrganization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct MultiTenantOrganization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.multiTenantOrganizationState`, nullable.
    pub state: rt::Field<crate::v1::MultiTenantOrganizationState>,
    /// CSDL: containment navigation property `joinRequest`: `microsoft.graph.multiTenantOrganizationJoinRequestRecord`, nullable.
    pub join_request: rt::Field<crate::v1::MultiTenantOrganizationJoinRequestRecord>,
    /// CSDL: containment navigation property `tenants`: `Collection(microsoft.graph.multiTenantOrganizationMember)`, not nullable.
    pub tenants: rt::Field<::std::vec::Vec<crate::v1::MultiTenantOrganizationMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for MultiTenantOrganization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            state: rt::Field::Absent,
            join_request: rt::Field::Absent,
            tenants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for MultiTenantOrganization {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "state",
        "joinRequest",
        "tenants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"state\":                        ",
        ",\"joinRequest\":                  ",
        ",\"tenants\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "join_request", &self.join_request);
        v.field(6usize, "tenants", &self.tenants);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for MultiTenantOrganization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.join_request.read_from(r),
            6usize => self.tenants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.state);
        w.field(5usize, &self.join_request);
        w.field(6usize, &self.tenants);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(MultiTenantOrganization);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    MultiTenantOrganization { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_state state : crate ::v1::MultiTenantOrganizationState; with_join_request
    join_request : crate ::v1::MultiTenantOrganizationJoinRequestRecord; with_tenants
    tenants : ::std::vec::Vec < crate ::v1::MultiTenantOrganizationMember >; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganization);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MultiTenantOrganizationIdentitySyncPolicyTemplatePath`](requests/trait.MultiTenantOrganizationIdentitySyncPolicyTemplatePath.html), what a path to one (`EntityPath<MultiTenantOrganizationIdentitySyncPolicyTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MultiTenantOrganizationIdentitySyncPolicyTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `templateApplicationLevel`: `microsoft.graph.templateApplicationLevel`, not nullable.
    pub template_application_level: rt::Field<
        rt::Flags<crate::v1::TemplateApplicationLevel>,
    >,
    /// CSDL: property `userSyncInbound`: `microsoft.graph.crossTenantUserSyncInbound`, nullable.
    pub user_sync_inbound: rt::Field<crate::v1::CrossTenantUserSyncInbound>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MultiTenantOrganizationIdentitySyncPolicyTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            template_application_level: rt::Field::Absent,
            user_sync_inbound: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MultiTenantOrganizationIdentitySyncPolicyTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "templateApplicationLevel",
        "userSyncInbound",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"templateApplicationLevel\":     ",
        ",\"userSyncInbound\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "template_application_level", &self.template_application_level);
        v.field(2usize, "user_sync_inbound", &self.user_sync_inbound);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MultiTenantOrganizationIdentitySyncPolicyTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.template_application_level.read_from(r),
            2usize => self.user_sync_inbound.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.template_application_level);
        w.field(2usize, &self.user_sync_inbound);
    }
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
rt::impl_object!(MultiTenantOrganizationIdentitySyncPolicyTemplate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MultiTenantOrganizationIdentitySyncPolicyTemplate { with_id id :
    ::std::string::String; with_template_application_level template_application_level :
    rt::Flags < crate ::v1::TemplateApplicationLevel >; with_user_sync_inbound
    user_sync_inbound : crate ::v1::CrossTenantUserSyncInbound; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationIdentitySyncPolicyTemplate);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.multiTenantOrganizationJoinRequestRecord`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MultiTenantOrganizationJoinRequestRecordPath`](requests/trait.MultiTenantOrganizationJoinRequestRecordPath.html), what a path to one (`EntityPath<MultiTenantOrganizationJoinRequestRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct MultiTenantOrganizationJoinRequestRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addedByTenantId`: `Edm.String`, nullable.
    pub added_by_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberState`: `microsoft.graph.multiTenantOrganizationMemberState`, nullable.
    pub member_state: rt::Field<crate::v1::MultiTenantOrganizationMemberState>,
    /// CSDL: property `role`: `microsoft.graph.multiTenantOrganizationMemberRole`, nullable.
    pub role: rt::Field<crate::v1::MultiTenantOrganizationMemberRole>,
    /// CSDL: property `transitionDetails`: `microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails`, nullable.
    pub transition_details: rt::Field<
        crate::v1::MultiTenantOrganizationJoinRequestTransitionDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for MultiTenantOrganizationJoinRequestRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            added_by_tenant_id: rt::Field::Absent,
            member_state: rt::Field::Absent,
            role: rt::Field::Absent,
            transition_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for MultiTenantOrganizationJoinRequestRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationJoinRequestRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addedByTenantId",
        "memberState",
        "role",
        "transitionDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addedByTenantId\":              ",
        ",\"memberState\":                  ",
        ",\"role\":                         ",
        ",\"transitionDetails\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganizationJoinRequestRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "added_by_tenant_id", &self.added_by_tenant_id);
        v.field(2usize, "member_state", &self.member_state);
        v.field(3usize, "role", &self.role);
        v.field(4usize, "transition_details", &self.transition_details);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for MultiTenantOrganizationJoinRequestRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.added_by_tenant_id.read_from(r),
            2usize => self.member_state.read_from(r),
            3usize => self.role.read_from(r),
            4usize => self.transition_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.added_by_tenant_id);
        w.field(2usize, &self.member_state);
        w.field(3usize, &self.role);
        w.field(4usize, &self.transition_details);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(MultiTenantOrganizationJoinRequestRecord);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    MultiTenantOrganizationJoinRequestRecord { with_id id : ::std::string::String;
    with_added_by_tenant_id added_by_tenant_id : ::std::string::String; with_member_state
    member_state : crate ::v1::MultiTenantOrganizationMemberState; with_role role : crate
    ::v1::MultiTenantOrganizationMemberRole; with_transition_details transition_details :
    crate ::v1::MultiTenantOrganizationJoinRequestTransitionDetails; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationJoinRequestRecord);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct MultiTenantOrganizationJoinRequestTransitionDetails {
    /// CSDL: property `desiredMemberState`: `microsoft.graph.multiTenantOrganizationMemberState`, nullable.
    pub desired_member_state: rt::Field<crate::v1::MultiTenantOrganizationMemberState>,
    /// CSDL: property `details`: `Edm.String`, nullable.
    pub details: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.multiTenantOrganizationMemberProcessingStatus`, nullable.
    pub status: rt::Field<crate::v1::MultiTenantOrganizationMemberProcessingStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for MultiTenantOrganizationJoinRequestTransitionDetails {
    #[inline]
    fn default() -> Self {
        Self {
            desired_member_state: rt::Field::Absent,
            details: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for MultiTenantOrganizationJoinRequestTransitionDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails";
    const KEYS: &'static [&'static str] = &["desiredMemberState", "details", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"desiredMemberState\":           ",
        ",\"details\":                      ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "desired_member_state", &self.desired_member_state);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for MultiTenantOrganizationJoinRequestTransitionDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.desired_member_state.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.desired_member_state);
        w.field(1usize, &self.details);
        w.field(2usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(MultiTenantOrganizationJoinRequestTransitionDetails);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    MultiTenantOrganizationJoinRequestTransitionDetails { with_desired_member_state
    desired_member_state : crate ::v1::MultiTenantOrganizationMemberState; with_details
    details : ::std::string::String; with_status status : crate
    ::v1::MultiTenantOrganizationMemberProcessingStatus; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationJoinRequestTransitionDetails);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationMember`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`MultiTenantOrganizationMemberPath`](requests/trait.MultiTenantOrganizationMemberPath.html), what a path to one (`EntityPath<MultiTenantOrganizationMember, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MultiTenantOrganizationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `addedByTenantId`: `Edm.Guid`, nullable.
    pub added_by_tenant_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `addedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub added_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `joinedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub joined_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `role`: `microsoft.graph.multiTenantOrganizationMemberRole`, nullable.
    pub role: rt::Field<crate::v1::MultiTenantOrganizationMemberRole>,
    /// CSDL: property `state`: `microsoft.graph.multiTenantOrganizationMemberState`, nullable.
    pub state: rt::Field<crate::v1::MultiTenantOrganizationMemberState>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `transitionDetails`: `microsoft.graph.multiTenantOrganizationMemberTransitionDetails`, nullable.
    pub transition_details: rt::Field<
        crate::v1::MultiTenantOrganizationMemberTransitionDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MultiTenantOrganizationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            added_by_tenant_id: rt::Field::Absent,
            added_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            joined_date_time: rt::Field::Absent,
            role: rt::Field::Absent,
            state: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            transition_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MultiTenantOrganizationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "addedByTenantId",
        "addedDateTime",
        "displayName",
        "joinedDateTime",
        "role",
        "state",
        "tenantId",
        "transitionDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"addedByTenantId\":              ",
        ",\"addedDateTime\":                ",
        ",\"displayName\":                  ",
        ",\"joinedDateTime\":               ",
        ",\"role\":                         ",
        ",\"state\":                        ",
        ",\"tenantId\":                     ",
        ",\"transitionDetails\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganizationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "added_by_tenant_id", &self.added_by_tenant_id);
        v.field(3usize, "added_date_time", &self.added_date_time);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "joined_date_time", &self.joined_date_time);
        v.field(6usize, "role", &self.role);
        v.field(7usize, "state", &self.state);
        v.field(8usize, "tenant_id", &self.tenant_id);
        v.field(9usize, "transition_details", &self.transition_details);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MultiTenantOrganizationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.added_by_tenant_id.read_from(r),
            3usize => self.added_date_time.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.joined_date_time.read_from(r),
            6usize => self.role.read_from(r),
            7usize => self.state.read_from(r),
            8usize => self.tenant_id.read_from(r),
            9usize => self.transition_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.added_by_tenant_id);
        w.field(3usize, &self.added_date_time);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.joined_date_time);
        w.field(6usize, &self.role);
        w.field(7usize, &self.state);
        w.field(8usize, &self.tenant_id);
        w.field(9usize, &self.transition_details);
    }
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
rt::impl_object!(MultiTenantOrganizationMember);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MultiTenantOrganizationMember { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_added_by_tenant_id added_by_tenant_id : rt::edm::Guid; with_added_date_time
    added_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_joined_date_time joined_date_time :
    rt::edm::DateTimeOffset; with_role role : crate
    ::v1::MultiTenantOrganizationMemberRole; with_state state : crate
    ::v1::MultiTenantOrganizationMemberState; with_tenant_id tenant_id :
    ::std::string::String; with_transition_details transition_details : crate
    ::v1::MultiTenantOrganizationMemberTransitionDetails; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationMember);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationMemberProcessingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MultiTenantOrganizationMemberProcessingStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MultiTenantOrganizationMemberProcessingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationMemberProcessingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MultiTenantOrganizationMemberProcessingStatus);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationMemberProcessingStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationMemberRole`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MultiTenantOrganizationMemberRole {
    /// `owner` (value 0).
    Owner,
    /// `member` (value 1).
    Member,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MultiTenantOrganizationMemberRole {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationMemberRole";
    const MEMBERS: &'static [&'static str] = &["owner", "member", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "owner" => Self::Owner,
                "member" => Self::Member,
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
            Self::Owner => "owner",
            Self::Member => "member",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MultiTenantOrganizationMemberRole);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationMemberRole);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationMemberState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MultiTenantOrganizationMemberState {
    /// `pending` (value 0).
    Pending,
    /// `active` (value 1).
    Active,
    /// `removed` (value 2).
    Removed,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MultiTenantOrganizationMemberState {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationMemberState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "active",
        "removed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "active" => Self::Active,
                "removed" => Self::Removed,
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
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Removed => "removed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MultiTenantOrganizationMemberState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationMemberState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationMemberTransitionDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MultiTenantOrganizationMemberTransitionDetails {
    /// CSDL: property `desiredRole`: `microsoft.graph.multiTenantOrganizationMemberRole`, nullable.
    pub desired_role: rt::Field<crate::v1::MultiTenantOrganizationMemberRole>,
    /// CSDL: property `desiredState`: `microsoft.graph.multiTenantOrganizationMemberState`, nullable.
    pub desired_state: rt::Field<crate::v1::MultiTenantOrganizationMemberState>,
    /// CSDL: property `details`: `Edm.String`, nullable.
    pub details: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.multiTenantOrganizationMemberProcessingStatus`, nullable.
    pub status: rt::Field<crate::v1::MultiTenantOrganizationMemberProcessingStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MultiTenantOrganizationMemberTransitionDetails {
    #[inline]
    fn default() -> Self {
        Self {
            desired_role: rt::Field::Absent,
            desired_state: rt::Field::Absent,
            details: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MultiTenantOrganizationMemberTransitionDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationMemberTransitionDetails";
    const KEYS: &'static [&'static str] = &[
        "desiredRole",
        "desiredState",
        "details",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"desiredRole\":                  ",
        ",\"desiredState\":                 ",
        ",\"details\":                      ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganizationMemberTransitionDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "desired_role", &self.desired_role);
        v.field(1usize, "desired_state", &self.desired_state);
        v.field(2usize, "details", &self.details);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MultiTenantOrganizationMemberTransitionDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.desired_role.read_from(r),
            1usize => self.desired_state.read_from(r),
            2usize => self.details.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.desired_role);
        w.field(1usize, &self.desired_state);
        w.field(2usize, &self.details);
        w.field(3usize, &self.status);
    }
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
rt::impl_object!(MultiTenantOrganizationMemberTransitionDetails);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MultiTenantOrganizationMemberTransitionDetails { with_desired_role desired_role :
    crate ::v1::MultiTenantOrganizationMemberRole; with_desired_state desired_state :
    crate ::v1::MultiTenantOrganizationMemberState; with_details details :
    ::std::string::String; with_status status : crate
    ::v1::MultiTenantOrganizationMemberProcessingStatus; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationMemberTransitionDetails);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MultiTenantOrganizationPartnerConfigurationTemplatePath`](requests/trait.MultiTenantOrganizationPartnerConfigurationTemplatePath.html), what a path to one (`EntityPath<MultiTenantOrganizationPartnerConfigurationTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MultiTenantOrganizationPartnerConfigurationTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `automaticUserConsentSettings`: `microsoft.graph.inboundOutboundPolicyConfiguration`, nullable.
    pub automatic_user_consent_settings: rt::Field<
        crate::v1::InboundOutboundPolicyConfiguration,
    >,
    /// CSDL: property `b2bCollaborationInbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_collaboration_inbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bCollaborationOutbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_collaboration_outbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bDirectConnectInbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_direct_connect_inbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bDirectConnectOutbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_direct_connect_outbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `inboundTrust`: `microsoft.graph.crossTenantAccessPolicyInboundTrust`, nullable.
    pub inbound_trust: rt::Field<crate::v1::CrossTenantAccessPolicyInboundTrust>,
    /// CSDL: property `templateApplicationLevel`: `microsoft.graph.templateApplicationLevel`, not nullable.
    pub template_application_level: rt::Field<
        rt::Flags<crate::v1::TemplateApplicationLevel>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MultiTenantOrganizationPartnerConfigurationTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            automatic_user_consent_settings: rt::Field::Absent,
            b2b_collaboration_inbound: rt::Field::Absent,
            b2b_collaboration_outbound: rt::Field::Absent,
            b2b_direct_connect_inbound: rt::Field::Absent,
            b2b_direct_connect_outbound: rt::Field::Absent,
            inbound_trust: rt::Field::Absent,
            template_application_level: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MultiTenantOrganizationPartnerConfigurationTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "automaticUserConsentSettings",
        "b2bCollaborationInbound",
        "b2bCollaborationOutbound",
        "b2bDirectConnectInbound",
        "b2bDirectConnectOutbound",
        "inboundTrust",
        "templateApplicationLevel",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"automaticUserConsentSettings\": ",
        ",\"b2bCollaborationInbound\":      ",
        ",\"b2bCollaborationOutbound\":     ",
        ",\"b2bDirectConnectInbound\":      ",
        ",\"b2bDirectConnectOutbound\":     ",
        ",\"inboundTrust\":                 ",
        ",\"templateApplicationLevel\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "automatic_user_consent_settings",
            &self.automatic_user_consent_settings,
        );
        v.field(2usize, "b2b_collaboration_inbound", &self.b2b_collaboration_inbound);
        v.field(3usize, "b2b_collaboration_outbound", &self.b2b_collaboration_outbound);
        v.field(4usize, "b2b_direct_connect_inbound", &self.b2b_direct_connect_inbound);
        v.field(
            5usize,
            "b2b_direct_connect_outbound",
            &self.b2b_direct_connect_outbound,
        );
        v.field(6usize, "inbound_trust", &self.inbound_trust);
        v.field(7usize, "template_application_level", &self.template_application_level);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MultiTenantOrganizationPartnerConfigurationTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.automatic_user_consent_settings.read_from(r),
            2usize => self.b2b_collaboration_inbound.read_from(r),
            3usize => self.b2b_collaboration_outbound.read_from(r),
            4usize => self.b2b_direct_connect_inbound.read_from(r),
            5usize => self.b2b_direct_connect_outbound.read_from(r),
            6usize => self.inbound_trust.read_from(r),
            7usize => self.template_application_level.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.automatic_user_consent_settings);
        w.field(2usize, &self.b2b_collaboration_inbound);
        w.field(3usize, &self.b2b_collaboration_outbound);
        w.field(4usize, &self.b2b_direct_connect_inbound);
        w.field(5usize, &self.b2b_direct_connect_outbound);
        w.field(6usize, &self.inbound_trust);
        w.field(7usize, &self.template_application_level);
    }
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
rt::impl_object!(MultiTenantOrganizationPartnerConfigurationTemplate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MultiTenantOrganizationPartnerConfigurationTemplate { with_id id :
    ::std::string::String; with_automatic_user_consent_settings
    automatic_user_consent_settings : crate ::v1::InboundOutboundPolicyConfiguration;
    with_b2b_collaboration_inbound b2b_collaboration_inbound : crate
    ::v1::AnyCrossTenantAccessPolicyB2bSetting; with_b2b_collaboration_outbound
    b2b_collaboration_outbound : crate ::v1::AnyCrossTenantAccessPolicyB2bSetting;
    with_b2b_direct_connect_inbound b2b_direct_connect_inbound : crate
    ::v1::AnyCrossTenantAccessPolicyB2bSetting; with_b2b_direct_connect_outbound
    b2b_direct_connect_outbound : crate ::v1::AnyCrossTenantAccessPolicyB2bSetting;
    with_inbound_trust inbound_trust : crate ::v1::CrossTenantAccessPolicyInboundTrust;
    with_template_application_level template_application_level : rt::Flags < crate
    ::v1::TemplateApplicationLevel >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationPartnerConfigurationTemplate);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.multiTenantOrganizationState`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MultiTenantOrganizationState {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for MultiTenantOrganizationState {
    const TYPE_NAME: &'static str = "microsoft.graph.multiTenantOrganizationState";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(MultiTenantOrganizationState);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiTenantOrganizationState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.multiValueLegacyExtendedProperty`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MultiValueLegacyExtendedProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Collection(Edm.String)`, nullable.
    pub value: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MultiValueLegacyExtendedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MultiValueLegacyExtendedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
    const KEYS: &'static [&'static str] = &["id", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.multiValueLegacyExtendedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MultiValueLegacyExtendedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(MultiValueLegacyExtendedProperty);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MultiValueLegacyExtendedProperty { with_id id : ::std::string::String; with_value
    value : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiValueLegacyExtendedProperty);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mutability`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Mutability {
    /// `ReadWrite` (value 0).
    ReadWrite,
    /// `ReadOnly` (value 1).
    ReadOnly,
    /// `Immutable` (value 2).
    Immutable,
    /// `WriteOnly` (value 3).
    WriteOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for Mutability {
    const TYPE_NAME: &'static str = "microsoft.graph.mutability";
    const MEMBERS: &'static [&'static str] = &[
        "ReadWrite",
        "ReadOnly",
        "Immutable",
        "WriteOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ReadWrite" => Self::ReadWrite,
                "ReadOnly" => Self::ReadOnly,
                "Immutable" => Self::Immutable,
                "WriteOnly" => Self::WriteOnly,
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
            Self::ReadWrite => "ReadWrite",
            Self::ReadOnly => "ReadOnly",
            Self::Immutable => "Immutable",
            Self::WriteOnly => "WriteOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(Mutability);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Mutability);
