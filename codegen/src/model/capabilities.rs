//! The Capabilities vocabulary (`Org.OData.Capabilities.V1`) as typed model fields,
//! read once in `resolve` from the merged annotations of a type, an entity set or
//! singleton, or a property: what the insert, update and delete restrictions (and the
//! update's HTTP method), the count and key restrictions and the navigation restrictions
//! say. `None` is silence (which allows the operation).

use super::Annot;
use super::annotations::CAPABILITIES;
use crate::csdl::ast::{AnnotationValue, Record};

/// What Capabilities annotations say of one model element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    /// The insert, update and delete restrictions.
    pub modifications: Modifications,
    /// `UpdateRestrictions/UpdateMethod`: `Some(true)` for `PUT`, `Some(false)` for `PATCH`.
    pub update_by_put: Option<bool>,
    /// `NavigationRestrictions/Navigability` is `None`: not navigable.
    pub not_navigable: bool,
    /// `NavigationRestrictions/Referenceable` (Microsoft's extension of the vocabulary,
    /// which Graph's metadata and the Graph SDKs' generator use): whether `$ref` requests
    /// apply to the navigation property, said on the property itself (`None`: nothing, so
    /// a non-contained navigation is referenceable and a contained one is not).
    pub referenceable: Option<bool>,
    /// `CountRestrictions/Countable`: whether `$count` applies to the collection.
    pub countable: Option<bool>,
    /// The `IndexableByKey` term: whether the collection's items are addressed by key.
    pub indexable_by_key: Option<bool>,
    /// `NavigationRestrictions/RestrictedProperties`, in document order.
    pub restricted_properties: Vec<NavigationRestriction>,
}

/// One `NavigationRestrictions/RestrictedProperties` entry: the restrictions of a
/// navigation property, said on its declaring type (or entity set).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NavigationRestriction {
    /// `NavigationProperty` (a path, usually the property's name).
    pub navigation_property: String,
    /// The insert, update and delete restrictions of the entry.
    pub modifications: Modifications,
    /// `UpdateRestrictions/UpdateMethod` of the entry (`Some(true)`: `PUT`).
    pub update_by_put: Option<bool>,
    /// `Referenceable` of the entry.
    pub referenceable: Option<bool>,
    /// `CountRestrictions/Countable` of the entry.
    pub countable: Option<bool>,
    /// `IndexableByKey` of the entry.
    pub indexable_by_key: Option<bool>,
}

/// What the three data modification restrictions say (`None`: nothing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Modifications {
    /// `InsertRestrictions/Insertable`.
    pub insertable: Option<bool>,
    /// `UpdateRestrictions/Updatable`.
    pub updatable: Option<bool>,
    /// `DeleteRestrictions/Deletable`.
    pub deletable: Option<bool>,
}

impl Modifications {
    /// Each restriction as `said` reads it.
    fn read(said: impl Fn(Restriction) -> Option<bool>) -> Self {
        Modifications {
            insertable: said(Restriction::Insert),
            updatable: said(Restriction::Update),
            deletable: said(Restriction::Delete),
        }
    }

    /// What restriction `r` says, if anything.
    pub fn allows(&self, r: Restriction) -> Option<bool> {
        match r {
            Restriction::Insert => self.insertable,
            Restriction::Update => self.updatable,
            Restriction::Delete => self.deletable,
        }
    }
}

/// One of the three data modification restrictions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restriction {
    Insert,
    Update,
    Delete,
}

impl Restriction {
    /// (term, its bool property).
    fn term(self) -> (&'static str, &'static str) {
        match self {
            Restriction::Insert => ("InsertRestrictions", "Insertable"),
            Restriction::Update => ("UpdateRestrictions", "Updatable"),
            Restriction::Delete => ("DeleteRestrictions", "Deletable"),
        }
    }
}

impl Capabilities {
    /// What the restriction says here, if anything.
    pub fn allows(&self, r: Restriction) -> Option<bool> {
        self.modifications.allows(r)
    }

    /// What the `RestrictedProperties` entries for `navigation` say of `r` (the first
    /// entry that says something).
    pub fn allows_on(&self, navigation: &str, r: Restriction) -> Option<bool> {
        self.on(navigation, |e| e.modifications.allows(r))
    }

    /// What the `RestrictedProperties` entries for `navigation` say of `Referenceable`.
    pub fn referenceable_on(&self, navigation: &str) -> Option<bool> {
        self.on(navigation, |e| e.referenceable)
    }

    /// What the `RestrictedProperties` entries for `navigation` say of `UpdateMethod`.
    pub fn update_by_put_on(&self, navigation: &str) -> Option<bool> {
        self.on(navigation, |e| e.update_by_put)
    }

    /// What the `RestrictedProperties` entries for `navigation` say of `Countable`.
    pub fn countable_on(&self, navigation: &str) -> Option<bool> {
        self.on(navigation, |e| e.countable)
    }

    /// What the `RestrictedProperties` entries for `navigation` say of `IndexableByKey`.
    pub fn indexable_by_key_on(&self, navigation: &str) -> Option<bool> {
        self.on(navigation, |e| e.indexable_by_key)
    }

    /// The first thing the `RestrictedProperties` entries for `navigation` say.
    fn on(
        &self,
        navigation: &str,
        said: impl Fn(&NavigationRestriction) -> Option<bool>,
    ) -> Option<bool> {
        self.restricted_properties
            .iter()
            .filter(|e| e.navigation_property == navigation)
            .find_map(said)
    }

    /// Read from merged annotations: for each term the first annotation (any qualifier)
    /// that sets the property wins.
    pub fn from_annotations(annots: &[Annot]) -> Self {
        let records = |term: &str| {
            let full = format!("{CAPABILITIES}.{term}");
            annots
                .iter()
                .filter(move |a| a.term == full)
                .filter_map(|a| match &a.value {
                    AnnotationValue::Record(r) => Some(r),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let said = |r: Restriction| {
            let (term, prop) = r.term();
            records(term).into_iter().find_map(|rec| bool_of(rec, prop))
        };
        let update_by_put = records("UpdateRestrictions")
            .into_iter()
            .find_map(update_method_of);
        let nav = records("NavigationRestrictions");
        let not_navigable = nav.iter().any(|r| {
            r.properties.iter().any(|(k, v)| {
                k == "Navigability"
                    && matches!(v, AnnotationValue::EnumMember(m) if m.ends_with("/None"))
            })
        });
        let referenceable = nav.iter().find_map(|r| bool_of(r, "Referenceable"));
        let countable = records("CountRestrictions")
            .into_iter()
            .find_map(|r| bool_of(r, "Countable"));
        let indexable_full = format!("{CAPABILITIES}.IndexableByKey");
        let indexable_by_key = annots.iter().find_map(|a| match &a.value {
            AnnotationValue::Bool(b) if a.term == indexable_full => Some(*b),
            _ => None,
        });
        let restricted_properties = nav
            .iter()
            .flat_map(|r| &r.properties)
            .filter_map(|(k, v)| match v {
                AnnotationValue::Collection(items) if k == "RestrictedProperties" => Some(items),
                _ => None,
            })
            .flatten()
            .filter_map(|item| match item {
                AnnotationValue::Record(rec) => NavigationRestriction::of(rec),
                _ => None,
            })
            .collect();
        Capabilities {
            modifications: Modifications::read(said),
            update_by_put,
            not_navigable,
            referenceable,
            countable,
            indexable_by_key,
            restricted_properties,
        }
    }
}

impl NavigationRestriction {
    /// An entry of `RestrictedProperties`, if it names a navigation property.
    fn of(rec: &Record) -> Option<Self> {
        let navigation_property = rec.properties.iter().find_map(|(k, v)| match v {
            AnnotationValue::Path(p) if k == "NavigationProperty" => Some(p.clone()),
            _ => None,
        })?;
        let said = |r: Restriction| {
            let (term, prop) = r.term();
            rec.properties.iter().find_map(|(k, v)| match v {
                AnnotationValue::Record(inner) if k == term => bool_of(inner, prop),
                _ => None,
            })
        };
        let update_by_put = rec.properties.iter().find_map(|(k, v)| match v {
            AnnotationValue::Record(inner) if k == "UpdateRestrictions" => update_method_of(inner),
            _ => None,
        });
        Some(NavigationRestriction {
            navigation_property,
            modifications: Modifications::read(said),
            update_by_put,
            referenceable: bool_of(rec, "Referenceable"),
            countable: rec.properties.iter().find_map(|(k, v)| match v {
                AnnotationValue::Record(inner) if k == "CountRestrictions" => {
                    bool_of(inner, "Countable")
                }
                _ => None,
            }),
            indexable_by_key: bool_of(rec, "IndexableByKey"),
        })
    }
}

/// What an `UpdateRestrictions` record says of the update's method, a flags value
/// (`Org.OData.Capabilities.V1.HttpMethod/PUT`, or several separated by spaces):
/// `Some(false)` when `PATCH` is among them (the usual update), `Some(true)` when `PUT` is
/// and `PATCH` is not, `None` for silence or anything else.
fn update_method_of(rec: &Record) -> Option<bool> {
    rec.properties.iter().find_map(|(k, v)| match v {
        AnnotationValue::EnumMember(m) if k == "UpdateMethod" => {
            let methods: Vec<&str> = m
                .split_whitespace()
                .filter_map(|f| f.rsplit('/').next())
                .collect();
            if methods.contains(&"PATCH") {
                Some(false)
            } else if methods.contains(&"PUT") {
                Some(true)
            } else {
                None
            }
        }
        _ => None,
    })
}

/// The first `prop` of a record holding a bool.
fn bool_of(rec: &Record, prop: &str) -> Option<bool> {
    rec.properties.iter().find_map(|(k, v)| match v {
        AnnotationValue::Bool(b) if k == prop => Some(*b),
        _ => None,
    })
}
