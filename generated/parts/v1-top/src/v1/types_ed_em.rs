//! Types of `microsoft.graph` by the first letters of their names (`ed_em`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationClass`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationClassPath`](requests/trait.EducationClassPath.html), what a path to one (`EntityPath<EducationClass, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationClass {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classCode`: `Edm.String`, nullable.
    pub class_code: rt::Field<::std::string::String>,
    /// CSDL: property `course`: `microsoft.graph.educationCourse`, nullable.
    pub course: rt::Field<crate::v1::EducationCourse>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalName`: `Edm.String`, nullable.
    pub external_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::v1::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// CSDL: property `grade`: `Edm.String`, nullable.
    pub grade: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, not nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `term`: `microsoft.graph.educationTerm`, nullable.
    pub term: rt::Field<crate::v1::EducationTerm>,
    /// CSDL: containment navigation property `assignmentCategories`: `Collection(microsoft.graph.educationCategory)`, not nullable.
    pub assignment_categories: rt::Field<::std::vec::Vec<crate::v1::EducationCategory>>,
    /// CSDL: containment navigation property `assignmentDefaults`: `microsoft.graph.educationAssignmentDefaults`, nullable.
    pub assignment_defaults: rt::Field<crate::v1::EducationAssignmentDefaults>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.educationAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::EducationAssignment>>,
    /// CSDL: containment navigation property `assignmentSettings`: `microsoft.graph.educationAssignmentSettings`, nullable.
    pub assignment_settings: rt::Field<crate::v1::EducationAssignmentSettings>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::EducationUser>>,
    /// CSDL: containment navigation property `modules`: `Collection(microsoft.graph.educationModule)`, not nullable.
    pub modules: rt::Field<::std::vec::Vec<crate::v1::EducationModule>>,
    /// CSDL: navigation property `schools`: `Collection(microsoft.graph.educationSchool)`, not nullable.
    pub schools: rt::Field<::std::vec::Vec<crate::v1::EducationSchool>>,
    /// CSDL: navigation property `teachers`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub teachers: rt::Field<::std::vec::Vec<crate::v1::EducationUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationClass {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            class_code: rt::Field::Absent,
            course: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            external_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            grade: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            term: rt::Field::Absent,
            assignment_categories: rt::Field::Absent,
            assignment_defaults: rt::Field::Absent,
            assignments: rt::Field::Absent,
            assignment_settings: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            group: rt::Field::Absent,
            members: rt::Field::Absent,
            modules: rt::Field::Absent,
            schools: rt::Field::Absent,
            teachers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationClass {
    const TYPE_NAME: &'static str = "microsoft.graph.educationClass";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classCode",
        "course",
        "createdBy",
        "description",
        "displayName",
        "externalId",
        "externalName",
        "externalSource",
        "externalSourceDetail",
        "grade",
        "mailNickname",
        "term",
        "assignmentCategories",
        "assignmentDefaults",
        "assignments",
        "assignmentSettings",
        "group",
        "members",
        "modules",
        "schools",
        "teachers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classCode\":                    ",
        ",\"course\":                       ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"externalName\":                 ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
        ",\"grade\":                        ",
        ",\"mailNickname\":                 ",
        ",\"term\":                         ",
        ",\"assignmentCategories\":         ",
        ",\"assignmentDefaults\":           ",
        ",\"assignments\":                  ",
        ",\"assignmentSettings\":           ",
        ",\"group\":                        ",
        ",\"members\":                      ",
        ",\"modules\":                      ",
        ",\"schools\":                      ",
        ",\"teachers\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationClass\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "class_code", &self.class_code);
        v.field(2usize, "course", &self.course);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "external_id", &self.external_id);
        v.field(7usize, "external_name", &self.external_name);
        v.field(8usize, "external_source", &self.external_source);
        v.field(9usize, "external_source_detail", &self.external_source_detail);
        v.field(10usize, "grade", &self.grade);
        v.field(11usize, "mail_nickname", &self.mail_nickname);
        v.field(12usize, "term", &self.term);
        v.field(13usize, "assignment_categories", &self.assignment_categories);
        v.field(14usize, "assignment_defaults", &self.assignment_defaults);
        v.field(15usize, "assignments", &self.assignments);
        v.field(16usize, "assignment_settings", &self.assignment_settings);
        #[cfg(msgraph_v1_core)] v.field(17usize, "group", &self.group);
        v.field(18usize, "members", &self.members);
        v.field(19usize, "modules", &self.modules);
        v.field(20usize, "schools", &self.schools);
        v.field(21usize, "teachers", &self.teachers);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationClass {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.class_code.read_from(r),
            2usize => self.course.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.external_id.read_from(r),
            7usize => self.external_name.read_from(r),
            8usize => self.external_source.read_from(r),
            9usize => self.external_source_detail.read_from(r),
            10usize => self.grade.read_from(r),
            11usize => self.mail_nickname.read_from(r),
            12usize => self.term.read_from(r),
            13usize => self.assignment_categories.read_from(r),
            14usize => self.assignment_defaults.read_from(r),
            15usize => self.assignments.read_from(r),
            16usize => self.assignment_settings.read_from(r),
            #[cfg(msgraph_v1_core)]
            17usize => self.group.read_from(r),
            18usize => self.members.read_from(r),
            19usize => self.modules.read_from(r),
            20usize => self.schools.read_from(r),
            21usize => self.teachers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.class_code);
        w.field(2usize, &self.course);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.external_id);
        w.field(7usize, &self.external_name);
        w.field(8usize, &self.external_source);
        w.field(9usize, &self.external_source_detail);
        w.field(10usize, &self.grade);
        w.field(11usize, &self.mail_nickname);
        w.field(12usize, &self.term);
        w.field(13usize, &self.assignment_categories);
        w.field(14usize, &self.assignment_defaults);
        w.field(15usize, &self.assignments);
        w.field(16usize, &self.assignment_settings);
        #[cfg(msgraph_v1_core)] w.field(17usize, &self.group);
        w.field(18usize, &self.members);
        w.field(19usize, &self.modules);
        w.field(20usize, &self.schools);
        w.field(21usize, &self.teachers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationClass);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationClass { with_id id : ::std::string::String; with_class_code class_code :
    ::std::string::String; with_course course : crate ::v1::EducationCourse;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_description description
    : ::std::string::String; with_display_name display_name : ::std::string::String;
    with_external_id external_id : ::std::string::String; with_external_name
    external_name : ::std::string::String; with_external_source external_source : crate
    ::v1::EducationExternalSource; with_external_source_detail external_source_detail :
    ::std::string::String; with_grade grade : ::std::string::String; with_mail_nickname
    mail_nickname : ::std::string::String; with_term term : crate ::v1::EducationTerm;
    with_assignment_categories assignment_categories : ::std::vec::Vec < crate
    ::v1::EducationCategory >; with_assignment_defaults assignment_defaults : crate
    ::v1::EducationAssignmentDefaults; with_assignments assignments : ::std::vec::Vec <
    crate ::v1::EducationAssignment >; with_assignment_settings assignment_settings :
    crate ::v1::EducationAssignmentSettings; #[cfg(msgraph_v1_core)] with_group group :
    crate ::v1::Group; with_members members : ::std::vec::Vec < crate ::v1::EducationUser
    >; with_modules modules : ::std::vec::Vec < crate ::v1::EducationModule >;
    with_schools schools : ::std::vec::Vec < crate ::v1::EducationSchool >; with_teachers
    teachers : ::std::vec::Vec < crate ::v1::EducationUser >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationClass);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationOrganization`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationOrganization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::v1::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationOrganization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationOrganization {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOrganization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "externalSource",
        "externalSourceDetail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationOrganization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_source", &self.external_source);
        v.field(4usize, "external_source_detail", &self.external_source_detail);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationOrganization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_source.read_from(r),
            4usize => self.external_source_detail.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_source);
        w.field(4usize, &self.external_source_detail);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationOrganization);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationOrganization { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_source external_source : crate
    ::v1::EducationExternalSource; with_external_source_detail external_source_detail :
    ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOrganization);
#[cfg(msgraph_v1_education_or_search)]
/// `microsoft.graph.educationOrganization` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationOrganization {
    EducationOrganization(::std::boxed::Box<crate::v1::EducationOrganization>),
    EducationSchool(::std::boxed::Box<crate::v1::EducationSchool>),
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for AnyEducationOrganization {
    #[inline]
    fn default() -> Self {
        Self::EducationOrganization(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationOrganization>
for AnyEducationOrganization {
    #[inline]
    fn from(v: crate::v1::EducationOrganization) -> Self {
        Self::EducationOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSchool> for AnyEducationOrganization {
    #[inline]
    fn from(v: crate::v1::EducationSchool) -> Self {
        Self::EducationSchool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationOrganization {}
#[cfg(msgraph_v1_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationOrganization {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::marker::Unpin for AnyEducationOrganization {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationOrganization {}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationOrganization {}
#[cfg(msgraph_v1_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EducationOrganization>();
    rt::object::auto_traits::<crate::v1::EducationSchool>();
};
#[cfg(msgraph_v1_education_or_search)]
impl rt::Poly for AnyEducationOrganization {
    const BASE_NAME: &'static str = "microsoft.graph.educationOrganization";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationSchool") => {
                Self::EducationSchool(rt::object::new_boxed())
            }
            _ => Self::EducationOrganization(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationOrganization(v) => &**v,
            Self::EducationSchool(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationOrganization(v) => &mut **v,
            Self::EducationSchool(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl AnyEducationOrganization {
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
            Self::EducationOrganization(v) => &v.id,
            Self::EducationSchool(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.id,
            Self::EducationSchool(v) => &mut v.id,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &v.description,
            Self::EducationSchool(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.description,
            Self::EducationSchool(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &v.display_name,
            Self::EducationSchool(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.display_name,
            Self::EducationSchool(v) => &mut v.display_name,
        }
    }
    /// `externalSource` of any variant.
    #[inline]
    pub fn external_source(&self) -> &rt::Field<crate::v1::EducationExternalSource> {
        match self {
            Self::EducationOrganization(v) => &v.external_source,
            Self::EducationSchool(v) => &v.external_source,
        }
    }
    /// `externalSource` of any variant.
    #[inline]
    pub fn external_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EducationExternalSource> {
        match self {
            Self::EducationOrganization(v) => &mut v.external_source,
            Self::EducationSchool(v) => &mut v.external_source,
        }
    }
    /// `externalSourceDetail` of any variant.
    #[inline]
    pub fn external_source_detail(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &v.external_source_detail,
            Self::EducationSchool(v) => &v.external_source_detail,
        }
    }
    /// `externalSourceDetail` of any variant.
    #[inline]
    pub fn external_source_detail_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.external_source_detail,
            Self::EducationSchool(v) => &mut v.external_source_detail,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_poly!(AnyEducationOrganization);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationOrganization);
#[cfg(msgraph_v1_education)]
/// CSDL: `microsoft.graph.educationRoot`, entity type.
///
/// Request builders: [`EducationRootPath`](requests/trait.EducationRootPath.html), what a path to one (`EntityPath<EducationRoot, C>`) dereferences to.
///
/// Features: `v1` or `v1-education`.
#[derive(Clone)]
pub struct EducationRoot {
    /// CSDL: containment navigation property `classes`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub classes: rt::Field<::std::vec::Vec<crate::v1::EducationClass>>,
    /// CSDL: containment navigation property `me`: `microsoft.graph.educationUser`, nullable.
    pub me: rt::Field<crate::v1::EducationUser>,
    /// CSDL: containment navigation property `reports`: `microsoft.graph.reportsRoot`, nullable.
    pub reports: rt::Field<crate::v1::ReportsRoot>,
    /// CSDL: containment navigation property `schools`: `Collection(microsoft.graph.educationSchool)`, not nullable.
    pub schools: rt::Field<::std::vec::Vec<crate::v1::EducationSchool>>,
    /// CSDL: containment navigation property `users`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<crate::v1::EducationUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education)]
impl ::std::default::Default for EducationRoot {
    #[inline]
    fn default() -> Self {
        Self {
            classes: rt::Field::Absent,
            me: rt::Field::Absent,
            reports: rt::Field::Absent,
            schools: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education)]
impl rt::Object for EducationRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.educationRoot";
    const KEYS: &'static [&'static str] = &[
        "classes",
        "me",
        "reports",
        "schools",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"classes\":                      ",
        ",\"me\":                           ",
        ",\"reports\":                      ",
        ",\"schools\":                      ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "classes", &self.classes);
        v.field(1usize, "me", &self.me);
        v.field(2usize, "reports", &self.reports);
        v.field(3usize, "schools", &self.schools);
        v.field(4usize, "users", &self.users);
    }
}
#[cfg(msgraph_v1_education)]
impl rt::object::Members for EducationRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.classes.read_from(r),
            1usize => self.me.read_from(r),
            2usize => self.reports.read_from(r),
            3usize => self.schools.read_from(r),
            4usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.classes);
        w.field(1usize, &self.me);
        w.field(2usize, &self.reports);
        w.field(3usize, &self.schools);
        w.field(4usize, &self.users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education)]
rt::impl_object!(EducationRoot);
#[cfg(msgraph_v1_education)]
rt::impl_setters!(
    EducationRoot { with_classes classes : ::std::vec::Vec < crate ::v1::EducationClass
    >; with_me me : crate ::v1::EducationUser; with_reports reports : crate
    ::v1::ReportsRoot; with_schools schools : ::std::vec::Vec < crate
    ::v1::EducationSchool >; with_users users : ::std::vec::Vec < crate
    ::v1::EducationUser >; }
);
#[cfg(msgraph_v1_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationRoot);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationSchool`, entity type, derived from `microsoft.graph.educationOrganization`, key `id`.
///
/// Request builders: [`EducationSchoolPath`](requests/trait.EducationSchoolPath.html), what a path to one (`EntityPath<EducationSchool, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationSchool {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::v1::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalPrincipalId`: `Edm.String`, nullable.
    pub external_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `fax`: `Edm.String`, nullable.
    pub fax: rt::Field<::std::string::String>,
    /// CSDL: property `highestGrade`: `Edm.String`, nullable.
    pub highest_grade: rt::Field<::std::string::String>,
    /// CSDL: property `lowestGrade`: `Edm.String`, nullable.
    pub lowest_grade: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `principalEmail`: `Edm.String`, nullable.
    pub principal_email: rt::Field<::std::string::String>,
    /// CSDL: property `principalName`: `Edm.String`, nullable.
    pub principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `schoolNumber`: `Edm.String`, nullable.
    pub school_number: rt::Field<::std::string::String>,
    /// CSDL: navigation property `administrativeUnit`: `microsoft.graph.administrativeUnit`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub administrative_unit: rt::Field<crate::v1::AdministrativeUnit>,
    /// CSDL: navigation property `classes`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub classes: rt::Field<::std::vec::Vec<crate::v1::EducationClass>>,
    /// CSDL: navigation property `users`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<crate::v1::EducationUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationSchool {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            address: rt::Field::Absent,
            created_by: rt::Field::Absent,
            external_id: rt::Field::Absent,
            external_principal_id: rt::Field::Absent,
            fax: rt::Field::Absent,
            highest_grade: rt::Field::Absent,
            lowest_grade: rt::Field::Absent,
            phone: rt::Field::Absent,
            principal_email: rt::Field::Absent,
            principal_name: rt::Field::Absent,
            school_number: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            administrative_unit: rt::Field::Absent,
            classes: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationSchool {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSchool";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "externalSource",
        "externalSourceDetail",
        "address",
        "createdBy",
        "externalId",
        "externalPrincipalId",
        "fax",
        "highestGrade",
        "lowestGrade",
        "phone",
        "principalEmail",
        "principalName",
        "schoolNumber",
        "administrativeUnit",
        "classes",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
        ",\"address\":                      ",
        ",\"createdBy\":                    ",
        ",\"externalId\":                   ",
        ",\"externalPrincipalId\":          ",
        ",\"fax\":                          ",
        ",\"highestGrade\":                 ",
        ",\"lowestGrade\":                  ",
        ",\"phone\":                        ",
        ",\"principalEmail\":               ",
        ",\"principalName\":                ",
        ",\"schoolNumber\":                 ",
        ",\"administrativeUnit\":           ",
        ",\"classes\":                      ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSchool\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_source", &self.external_source);
        v.field(4usize, "external_source_detail", &self.external_source_detail);
        v.field(5usize, "address", &self.address);
        v.field(6usize, "created_by", &self.created_by);
        v.field(7usize, "external_id", &self.external_id);
        v.field(8usize, "external_principal_id", &self.external_principal_id);
        v.field(9usize, "fax", &self.fax);
        v.field(10usize, "highest_grade", &self.highest_grade);
        v.field(11usize, "lowest_grade", &self.lowest_grade);
        v.field(12usize, "phone", &self.phone);
        v.field(13usize, "principal_email", &self.principal_email);
        v.field(14usize, "principal_name", &self.principal_name);
        v.field(15usize, "school_number", &self.school_number);
        #[cfg(msgraph_v1_core)]
        v.field(16usize, "administrative_unit", &self.administrative_unit);
        v.field(17usize, "classes", &self.classes);
        v.field(18usize, "users", &self.users);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationSchool {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_source.read_from(r),
            4usize => self.external_source_detail.read_from(r),
            5usize => self.address.read_from(r),
            6usize => self.created_by.read_from(r),
            7usize => self.external_id.read_from(r),
            8usize => self.external_principal_id.read_from(r),
            9usize => self.fax.read_from(r),
            10usize => self.highest_grade.read_from(r),
            11usize => self.lowest_grade.read_from(r),
            12usize => self.phone.read_from(r),
            13usize => self.principal_email.read_from(r),
            14usize => self.principal_name.read_from(r),
            15usize => self.school_number.read_from(r),
            #[cfg(msgraph_v1_core)]
            16usize => self.administrative_unit.read_from(r),
            17usize => self.classes.read_from(r),
            18usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_source);
        w.field(4usize, &self.external_source_detail);
        w.field(5usize, &self.address);
        w.field(6usize, &self.created_by);
        w.field(7usize, &self.external_id);
        w.field(8usize, &self.external_principal_id);
        w.field(9usize, &self.fax);
        w.field(10usize, &self.highest_grade);
        w.field(11usize, &self.lowest_grade);
        w.field(12usize, &self.phone);
        w.field(13usize, &self.principal_email);
        w.field(14usize, &self.principal_name);
        w.field(15usize, &self.school_number);
        #[cfg(msgraph_v1_core)] w.field(16usize, &self.administrative_unit);
        w.field(17usize, &self.classes);
        w.field(18usize, &self.users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationSchool);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationSchool { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_external_source external_source : crate ::v1::EducationExternalSource;
    with_external_source_detail external_source_detail : ::std::string::String;
    with_address address : crate ::v1::PhysicalAddress; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_external_id external_id : ::std::string::String;
    with_external_principal_id external_principal_id : ::std::string::String; with_fax
    fax : ::std::string::String; with_highest_grade highest_grade :
    ::std::string::String; with_lowest_grade lowest_grade : ::std::string::String;
    with_phone phone : ::std::string::String; with_principal_email principal_email :
    ::std::string::String; with_principal_name principal_name : ::std::string::String;
    with_school_number school_number : ::std::string::String; #[cfg(msgraph_v1_core)]
    with_administrative_unit administrative_unit : crate ::v1::AdministrativeUnit;
    with_classes classes : ::std::vec::Vec < crate ::v1::EducationClass >; with_users
    users : ::std::vec::Vec < crate ::v1::EducationUser >; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSchool);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationUserPath`](requests/trait.EducationUserPath.html), what a path to one (`EntityPath<EducationUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `assignedLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub assigned_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `assignedPlans`: `Collection(microsoft.graph.assignedPlan)`, not nullable.
    pub assigned_plans: rt::Field<::std::vec::Vec<crate::v1::AssignedPlan>>,
    /// CSDL: property `businessPhones`: `Collection(Edm.String)`, not nullable.
    pub business_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::v1::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailingAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub mailing_address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `middleName`: `Edm.String`, nullable.
    pub middle_name: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesInfo`: `microsoft.graph.educationOnPremisesInfo`, nullable.
    pub on_premises_info: rt::Field<crate::v1::EducationOnPremisesInfo>,
    /// CSDL: property `passwordPolicies`: `Edm.String`, nullable.
    pub password_policies: rt::Field<::std::string::String>,
    /// CSDL: property `passwordProfile`: `microsoft.graph.passwordProfile`, nullable.
    pub password_profile: rt::Field<crate::v1::PasswordProfile>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `primaryRole`: `microsoft.graph.educationUserRole`, not nullable.
    pub primary_role: rt::Field<crate::v1::EducationUserRole>,
    /// CSDL: property `provisionedPlans`: `Collection(microsoft.graph.provisionedPlan)`, not nullable.
    pub provisioned_plans: rt::Field<::std::vec::Vec<crate::v1::ProvisionedPlan>>,
    /// CSDL: property `refreshTokensValidFromDateTime`: `Edm.DateTimeOffset`, nullable.
    pub refresh_tokens_valid_from_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `relatedContacts`: `Collection(microsoft.graph.relatedContact)`, nullable.
    pub related_contacts: rt::Field<::std::vec::Vec<crate::v1::RelatedContact>>,
    /// CSDL: property `residenceAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub residence_address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `showInAddressList`: `Edm.Boolean`, nullable.
    pub show_in_address_list: rt::Field<bool>,
    /// CSDL: property `student`: `microsoft.graph.educationStudent`, nullable.
    pub student: rt::Field<crate::v1::EducationStudent>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `teacher`: `microsoft.graph.educationTeacher`, nullable.
    pub teacher: rt::Field<crate::v1::EducationTeacher>,
    /// CSDL: property `usageLocation`: `Edm.String`, nullable.
    pub usage_location: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `Edm.String`, nullable.
    pub user_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.educationAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::EducationAssignment>>,
    /// CSDL: navigation property `classes`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub classes: rt::Field<::std::vec::Vec<crate::v1::EducationClass>>,
    /// CSDL: containment navigation property `rubrics`: `Collection(microsoft.graph.educationRubric)`, not nullable.
    pub rubrics: rt::Field<::std::vec::Vec<crate::v1::EducationRubric>>,
    /// CSDL: navigation property `schools`: `Collection(microsoft.graph.educationSchool)`, not nullable.
    pub schools: rt::Field<::std::vec::Vec<crate::v1::EducationSchool>>,
    /// CSDL: navigation property `taughtClasses`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub taught_classes: rt::Field<::std::vec::Vec<crate::v1::EducationClass>>,
    /// CSDL: navigation property `user`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub user: rt::Field<crate::v1::AnyUser>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            assigned_plans: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            created_by: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            given_name: rt::Field::Absent,
            mail: rt::Field::Absent,
            mailing_address: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            middle_name: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            office_location: rt::Field::Absent,
            on_premises_info: rt::Field::Absent,
            password_policies: rt::Field::Absent,
            password_profile: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            primary_role: rt::Field::Absent,
            provisioned_plans: rt::Field::Absent,
            refresh_tokens_valid_from_date_time: rt::Field::Absent,
            related_contacts: rt::Field::Absent,
            residence_address: rt::Field::Absent,
            show_in_address_list: rt::Field::Absent,
            student: rt::Field::Absent,
            surname: rt::Field::Absent,
            teacher: rt::Field::Absent,
            usage_location: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            assignments: rt::Field::Absent,
            classes: rt::Field::Absent,
            rubrics: rt::Field::Absent,
            schools: rt::Field::Absent,
            taught_classes: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationUser {
    const TYPE_NAME: &'static str = "microsoft.graph.educationUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountEnabled",
        "assignedLicenses",
        "assignedPlans",
        "businessPhones",
        "createdBy",
        "department",
        "displayName",
        "externalSource",
        "externalSourceDetail",
        "givenName",
        "mail",
        "mailingAddress",
        "mailNickname",
        "middleName",
        "mobilePhone",
        "officeLocation",
        "onPremisesInfo",
        "passwordPolicies",
        "passwordProfile",
        "preferredLanguage",
        "primaryRole",
        "provisionedPlans",
        "refreshTokensValidFromDateTime",
        "relatedContacts",
        "residenceAddress",
        "showInAddressList",
        "student",
        "surname",
        "teacher",
        "usageLocation",
        "userPrincipalName",
        "userType",
        "assignments",
        "classes",
        "rubrics",
        "schools",
        "taughtClasses",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountEnabled\":               ",
        ",\"assignedLicenses\":             ",
        ",\"assignedPlans\":                ",
        ",\"businessPhones\":               ",
        ",\"createdBy\":                    ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
        ",\"givenName\":                    ",
        ",\"mail\":                         ",
        ",\"mailingAddress\":               ",
        ",\"mailNickname\":                 ",
        ",\"middleName\":                   ",
        ",\"mobilePhone\":                  ",
        ",\"officeLocation\":               ",
        ",\"onPremisesInfo\":               ",
        ",\"passwordPolicies\":             ",
        ",\"passwordProfile\":              ",
        ",\"preferredLanguage\":            ",
        ",\"primaryRole\":                  ",
        ",\"provisionedPlans\":             ",
        ",\"refreshTokensValidFromDateTime\":",
        ",\"relatedContacts\":              ",
        ",\"residenceAddress\":             ",
        ",\"showInAddressList\":            ",
        ",\"student\":                      ",
        ",\"surname\":                      ",
        ",\"teacher\":                      ",
        ",\"usageLocation\":                ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
        ",\"assignments\":                  ",
        ",\"classes\":                      ",
        ",\"rubrics\":                      ",
        ",\"schools\":                      ",
        ",\"taughtClasses\":                ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_enabled", &self.account_enabled);
        v.field(2usize, "assigned_licenses", &self.assigned_licenses);
        v.field(3usize, "assigned_plans", &self.assigned_plans);
        v.field(4usize, "business_phones", &self.business_phones);
        v.field(5usize, "created_by", &self.created_by);
        v.field(6usize, "department", &self.department);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "external_source", &self.external_source);
        v.field(9usize, "external_source_detail", &self.external_source_detail);
        v.field(10usize, "given_name", &self.given_name);
        v.field(11usize, "mail", &self.mail);
        v.field(12usize, "mailing_address", &self.mailing_address);
        v.field(13usize, "mail_nickname", &self.mail_nickname);
        v.field(14usize, "middle_name", &self.middle_name);
        v.field(15usize, "mobile_phone", &self.mobile_phone);
        v.field(16usize, "office_location", &self.office_location);
        v.field(17usize, "on_premises_info", &self.on_premises_info);
        v.field(18usize, "password_policies", &self.password_policies);
        v.field(19usize, "password_profile", &self.password_profile);
        v.field(20usize, "preferred_language", &self.preferred_language);
        v.field(21usize, "primary_role", &self.primary_role);
        v.field(22usize, "provisioned_plans", &self.provisioned_plans);
        v.field(
            23usize,
            "refresh_tokens_valid_from_date_time",
            &self.refresh_tokens_valid_from_date_time,
        );
        v.field(24usize, "related_contacts", &self.related_contacts);
        v.field(25usize, "residence_address", &self.residence_address);
        v.field(26usize, "show_in_address_list", &self.show_in_address_list);
        v.field(27usize, "student", &self.student);
        v.field(28usize, "surname", &self.surname);
        v.field(29usize, "teacher", &self.teacher);
        v.field(30usize, "usage_location", &self.usage_location);
        v.field(31usize, "user_principal_name", &self.user_principal_name);
        v.field(32usize, "user_type", &self.user_type);
        v.field(33usize, "assignments", &self.assignments);
        v.field(34usize, "classes", &self.classes);
        v.field(35usize, "rubrics", &self.rubrics);
        v.field(36usize, "schools", &self.schools);
        v.field(37usize, "taught_classes", &self.taught_classes);
        #[cfg(msgraph_v1_core)] v.field(38usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_enabled.read_from(r),
            2usize => self.assigned_licenses.read_from(r),
            3usize => self.assigned_plans.read_from(r),
            4usize => self.business_phones.read_from(r),
            5usize => self.created_by.read_from(r),
            6usize => self.department.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.external_source.read_from(r),
            9usize => self.external_source_detail.read_from(r),
            10usize => self.given_name.read_from(r),
            11usize => self.mail.read_from(r),
            12usize => self.mailing_address.read_from(r),
            13usize => self.mail_nickname.read_from(r),
            14usize => self.middle_name.read_from(r),
            15usize => self.mobile_phone.read_from(r),
            16usize => self.office_location.read_from(r),
            17usize => self.on_premises_info.read_from(r),
            18usize => self.password_policies.read_from(r),
            19usize => self.password_profile.read_from(r),
            20usize => self.preferred_language.read_from(r),
            21usize => self.primary_role.read_from(r),
            22usize => self.provisioned_plans.read_from(r),
            23usize => self.refresh_tokens_valid_from_date_time.read_from(r),
            24usize => self.related_contacts.read_from(r),
            25usize => self.residence_address.read_from(r),
            26usize => self.show_in_address_list.read_from(r),
            27usize => self.student.read_from(r),
            28usize => self.surname.read_from(r),
            29usize => self.teacher.read_from(r),
            30usize => self.usage_location.read_from(r),
            31usize => self.user_principal_name.read_from(r),
            32usize => self.user_type.read_from(r),
            33usize => self.assignments.read_from(r),
            34usize => self.classes.read_from(r),
            35usize => self.rubrics.read_from(r),
            36usize => self.schools.read_from(r),
            37usize => self.taught_classes.read_from(r),
            #[cfg(msgraph_v1_core)]
            38usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_enabled);
        w.field(2usize, &self.assigned_licenses);
        w.field(3usize, &self.assigned_plans);
        w.field(4usize, &self.business_phones);
        w.field(5usize, &self.created_by);
        w.field(6usize, &self.department);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.external_source);
        w.field(9usize, &self.external_source_detail);
        w.field(10usize, &self.given_name);
        w.field(11usize, &self.mail);
        w.field(12usize, &self.mailing_address);
        w.field(13usize, &self.mail_nickname);
        w.field(14usize, &self.middle_name);
        w.field(15usize, &self.mobile_phone);
        w.field(16usize, &self.office_location);
        w.field(17usize, &self.on_premises_info);
        w.field(18usize, &self.password_policies);
        w.field(19usize, &self.password_profile);
        w.field(20usize, &self.preferred_language);
        w.field(21usize, &self.primary_role);
        w.field(22usize, &self.provisioned_plans);
        w.field(23usize, &self.refresh_tokens_valid_from_date_time);
        w.field(24usize, &self.related_contacts);
        w.field(25usize, &self.residence_address);
        w.field(26usize, &self.show_in_address_list);
        w.field(27usize, &self.student);
        w.field(28usize, &self.surname);
        w.field(29usize, &self.teacher);
        w.field(30usize, &self.usage_location);
        w.field(31usize, &self.user_principal_name);
        w.field(32usize, &self.user_type);
        w.field(33usize, &self.assignments);
        w.field(34usize, &self.classes);
        w.field(35usize, &self.rubrics);
        w.field(36usize, &self.schools);
        w.field(37usize, &self.taught_classes);
        #[cfg(msgraph_v1_core)] w.field(38usize, &self.user);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationUser);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationUser { with_id id : ::std::string::String; with_account_enabled
    account_enabled : bool; with_assigned_licenses assigned_licenses : ::std::vec::Vec <
    crate ::v1::AssignedLicense >; with_assigned_plans assigned_plans : ::std::vec::Vec <
    crate ::v1::AssignedPlan >; with_business_phones business_phones : ::std::vec::Vec <
    ::std::string::String >; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_department department : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_source external_source : crate
    ::v1::EducationExternalSource; with_external_source_detail external_source_detail :
    ::std::string::String; with_given_name given_name : ::std::string::String; with_mail
    mail : ::std::string::String; with_mailing_address mailing_address : crate
    ::v1::PhysicalAddress; with_mail_nickname mail_nickname : ::std::string::String;
    with_middle_name middle_name : ::std::string::String; with_mobile_phone mobile_phone
    : ::std::string::String; with_office_location office_location :
    ::std::string::String; with_on_premises_info on_premises_info : crate
    ::v1::EducationOnPremisesInfo; with_password_policies password_policies :
    ::std::string::String; with_password_profile password_profile : crate
    ::v1::PasswordProfile; with_preferred_language preferred_language :
    ::std::string::String; with_primary_role primary_role : crate
    ::v1::EducationUserRole; with_provisioned_plans provisioned_plans : ::std::vec::Vec <
    crate ::v1::ProvisionedPlan >; with_refresh_tokens_valid_from_date_time
    refresh_tokens_valid_from_date_time : rt::edm::DateTimeOffset; with_related_contacts
    related_contacts : ::std::vec::Vec < crate ::v1::RelatedContact >;
    with_residence_address residence_address : crate ::v1::PhysicalAddress;
    with_show_in_address_list show_in_address_list : bool; with_student student : crate
    ::v1::EducationStudent; with_surname surname : ::std::string::String; with_teacher
    teacher : crate ::v1::EducationTeacher; with_usage_location usage_location :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_user_type user_type : ::std::string::String;
    with_assignments assignments : ::std::vec::Vec < crate ::v1::EducationAssignment >;
    with_classes classes : ::std::vec::Vec < crate ::v1::EducationClass >; with_rubrics
    rubrics : ::std::vec::Vec < crate ::v1::EducationRubric >; with_schools schools :
    ::std::vec::Vec < crate ::v1::EducationSchool >; with_taught_classes taught_classes :
    ::std::vec::Vec < crate ::v1::EducationClass >; #[cfg(msgraph_v1_core)] with_user
    user : crate ::v1::AnyUser; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationUser);
#[cfg(msgraph_v1_employee_experience)]
/// CSDL: `microsoft.graph.employeeExperience`, entity type.
///
/// Request builders: [`EmployeeExperiencePath`](requests/trait.EmployeeExperiencePath.html), what a path to one (`EntityPath<EmployeeExperience, C>`) dereferences to.
///
/// Features: `v1` or `v1-employee-experience`.
#[derive(Clone)]
pub struct EmployeeExperience {
    /// A collection of communities in Viva Engage.
    ///
    /// CSDL: containment navigation property `communities`: `Collection(microsoft.graph.community)`, not nullable.
    pub communities: rt::Field<::std::vec::Vec<crate::v1::Community>>,
    /// A collection of long-running, asynchronous operations related to Viva Engage.
    ///
    /// CSDL: containment navigation property `engagementAsyncOperations`: `Collection(microsoft.graph.engagementAsyncOperation)`, not nullable.
    pub engagement_async_operations: rt::Field<
        ::std::vec::Vec<crate::v1::EngagementAsyncOperation>,
    >,
    /// CSDL: containment navigation property `learningCourseActivities`: `Collection(microsoft.graph.learningCourseActivity)`, not nullable.
    pub learning_course_activities: rt::Field<
        ::std::vec::Vec<crate::v1::AnyLearningCourseActivity>,
    >,
    /// CSDL: containment navigation property `learningProviders`: `Collection(microsoft.graph.learningProvider)`, not nullable.
    pub learning_providers: rt::Field<::std::vec::Vec<crate::v1::LearningProvider>>,
    /// Viva Engage roles and their membership.
    ///
    /// CSDL: containment navigation property `roles`: `Collection(microsoft.graph.engagementRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::EngagementRole>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience)]
impl ::std::default::Default for EmployeeExperience {
    #[inline]
    fn default() -> Self {
        Self {
            communities: rt::Field::Absent,
            engagement_async_operations: rt::Field::Absent,
            learning_course_activities: rt::Field::Absent,
            learning_providers: rt::Field::Absent,
            roles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience)]
impl rt::Object for EmployeeExperience {
    const TYPE_NAME: &'static str = "microsoft.graph.employeeExperience";
    const KEYS: &'static [&'static str] = &[
        "communities",
        "engagementAsyncOperations",
        "learningCourseActivities",
        "learningProviders",
        "roles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"communities\":                  ",
        ",\"engagementAsyncOperations\":    ",
        ",\"learningCourseActivities\":     ",
        ",\"learningProviders\":            ",
        ",\"roles\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.employeeExperience\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "communities", &self.communities);
        v.field(
            1usize,
            "engagement_async_operations",
            &self.engagement_async_operations,
        );
        v.field(2usize, "learning_course_activities", &self.learning_course_activities);
        v.field(3usize, "learning_providers", &self.learning_providers);
        v.field(4usize, "roles", &self.roles);
    }
}
#[cfg(msgraph_v1_employee_experience)]
impl rt::object::Members for EmployeeExperience {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.communities.read_from(r),
            1usize => self.engagement_async_operations.read_from(r),
            2usize => self.learning_course_activities.read_from(r),
            3usize => self.learning_providers.read_from(r),
            4usize => self.roles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.communities);
        w.field(1usize, &self.engagement_async_operations);
        w.field(2usize, &self.learning_course_activities);
        w.field(3usize, &self.learning_providers);
        w.field(4usize, &self.roles);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_employee_experience)]
rt::impl_object!(EmployeeExperience);
#[cfg(msgraph_v1_employee_experience)]
rt::impl_setters!(
    EmployeeExperience { with_communities communities : ::std::vec::Vec < crate
    ::v1::Community >; with_engagement_async_operations engagement_async_operations :
    ::std::vec::Vec < crate ::v1::EngagementAsyncOperation >;
    with_learning_course_activities learning_course_activities : ::std::vec::Vec < crate
    ::v1::AnyLearningCourseActivity >; with_learning_providers learning_providers :
    ::std::vec::Vec < crate ::v1::LearningProvider >; with_roles roles : ::std::vec::Vec
    < crate ::v1::EngagementRole >; }
);
#[cfg(msgraph_v1_employee_experience)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmployeeExperience);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.employeeExperienceUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EmployeeExperienceUserPath`](requests/trait.EmployeeExperienceUserPath.html), what a path to one (`EntityPath<EmployeeExperienceUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmployeeExperienceUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Viva Engage roles assigned to the user.
    ///
    /// CSDL: containment navigation property `assignedRoles`: `Collection(microsoft.graph.engagementRole)`, not nullable.
    pub assigned_roles: rt::Field<::std::vec::Vec<crate::v1::EngagementRole>>,
    /// CSDL: navigation property `learningCourseActivities`: `Collection(microsoft.graph.learningCourseActivity)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_employee_experience_or_search)]
    pub learning_course_activities: rt::Field<
        ::std::vec::Vec<crate::v1::AnyLearningCourseActivity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EmployeeExperienceUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_roles: rt::Field::Absent,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            learning_course_activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EmployeeExperienceUser {
    const TYPE_NAME: &'static str = "microsoft.graph.employeeExperienceUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedRoles",
        "learningCourseActivities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedRoles\":                ",
        ",\"learningCourseActivities\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.employeeExperienceUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_roles", &self.assigned_roles);
        #[cfg(msgraph_v1_employee_experience_or_search)]
        v.field(2usize, "learning_course_activities", &self.learning_course_activities);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EmployeeExperienceUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_roles.read_from(r),
            #[cfg(msgraph_v1_employee_experience_or_search)]
            2usize => self.learning_course_activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_roles);
        #[cfg(msgraph_v1_employee_experience_or_search)]
        w.field(2usize, &self.learning_course_activities);
    }
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
rt::impl_object!(EmployeeExperienceUser);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EmployeeExperienceUser { with_id id : ::std::string::String; with_assigned_roles
    assigned_roles : ::std::vec::Vec < crate ::v1::EngagementRole >;
    #[cfg(msgraph_v1_employee_experience_or_search)] with_learning_course_activities
    learning_course_activities : ::std::vec::Vec < crate ::v1::AnyLearningCourseActivity
    >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmployeeExperienceUser);
