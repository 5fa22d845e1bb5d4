//! Annotation handling: vocabulary term names normalised to their full
//! namespace, out-of-line `Annotations Target=...` indexed by target path,
//! and documentation extracted from Core.Description / Core.LongDescription.

use super::{Annot, Docs};
use crate::csdl::ast::{Annotation, AnnotationValue};
use std::collections::HashMap;

pub const CORE: &str = "Org.OData.Core.V1";
pub const CAPABILITIES: &str = "Org.OData.Capabilities.V1";
pub const DESCRIPTION: &str = "Org.OData.Core.V1.Description";
pub const LONG_DESCRIPTION: &str = "Org.OData.Core.V1.LongDescription";
pub const OPTIONAL_PARAMETER: &str = "Org.OData.Core.V1.OptionalParameter";

/// Resolves namespace aliases document-wide (aliases are not scoped to the
/// schema that declares them) plus the customary vocabulary aliases.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    map: HashMap<String, String>,
}

impl Aliases {
    pub fn new(declared: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut map: HashMap<String, String> = [
            ("Core", CORE),
            ("Capabilities", CAPABILITIES),
            ("Validation", "Org.OData.Validation.V1"),
            ("Measures", "Org.OData.Measures.V1"),
        ]
        .into_iter()
        .map(|(a, n)| (a.to_string(), n.to_string()))
        .collect();
        map.extend(declared);
        Aliases { map }
    }

    /// `self.foo` -> `microsoft.graph.security.foo`; full names are unchanged.
    pub fn qualify(&self, name: &str) -> String {
        match name.rfind('.') {
            Some(i) => match self.map.get(&name[..i]) {
                Some(ns) => format!("{ns}.{}", &name[i + 1..]),
                None => name.to_string(),
            },
            None => name.to_string(),
        }
    }

    /// Normalise an annotation target path: the qualified name before the
    /// first `/` (and inside an operation signature) gets its alias resolved.
    pub fn target(&self, target: &str) -> String {
        let (head, rest) = match target.find('/') {
            Some(i) => (&target[..i], &target[i..]),
            None => (target, ""),
        };
        let head = match head.find('(') {
            Some(i) => {
                let sig = head[i + 1..].trim_end_matches(')');
                let params: Vec<String> = sig
                    .split(',')
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .map(|p| match p.strip_prefix("Collection(") {
                        Some(inner) => {
                            format!("Collection({})", self.qualify(inner.trim_end_matches(')')))
                        }
                        None => self.qualify(p),
                    })
                    .collect();
                format!("{}({})", self.qualify(&head[..i]), params.join(","))
            }
            None => self.qualify(head),
        };
        format!("{head}{rest}")
    }
}

/// Out-of-line annotations by normalised target.
#[derive(Debug, Default)]
pub struct Index {
    by_target: HashMap<String, Vec<Annot>>,
}

impl Index {
    pub fn add(&mut self, aliases: &Aliases, target: &str, annotations: &[Annotation]) {
        let list = self.by_target.entry(aliases.target(target)).or_default();
        list.extend(annotations.iter().map(|a| annot(aliases, a)));
    }

    /// Inline annotations followed by the out-of-line ones for `target`.
    pub fn merged(&self, aliases: &Aliases, target: &str, inline: &[Annotation]) -> Vec<Annot> {
        let mut out: Vec<Annot> = inline.iter().map(|a| annot(aliases, a)).collect();
        if let Some(more) = self.by_target.get(target) {
            out.extend(more.iter().cloned());
        }
        out
    }

    /// All targets, for callers that need operation overload lookups.
    pub fn get(&self, target: &str) -> Option<&[Annot]> {
        self.by_target.get(target).map(|v| v.as_slice())
    }
}

pub fn annot(aliases: &Aliases, a: &Annotation) -> Annot {
    Annot {
        term: aliases.qualify(&a.term),
        qualifier: a.qualifier.clone(),
        value: a.value.clone(),
    }
}

/// Descriptions from a merged annotation list (first one wins).
pub fn docs(annots: &[Annot]) -> Docs {
    let text = |term: &str| {
        annots
            .iter()
            .find(|a| a.term == term)
            .and_then(|a| match &a.value {
                AnnotationValue::String(s) => Some(s.trim().to_string()),
                _ => None,
            })
    };
    Docs {
        description: text(DESCRIPTION),
        long_description: text(LONG_DESCRIPTION),
    }
}

/// True when a tagging term is present and not explicitly false.
pub fn has_tag(annots: &[Annot], term: &str) -> bool {
    annots
        .iter()
        .any(|a| a.term == term && !matches!(a.value, AnnotationValue::Bool(false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_resolve_document_wide() {
        let a = Aliases::new([
            ("graph".to_string(), "microsoft.graph".to_string()),
            ("self".to_string(), "microsoft.graph.security".to_string()),
        ]);
        assert_eq!(
            a.qualify("self.behaviorDuringRetentionPeriod"),
            "microsoft.graph.security.behaviorDuringRetentionPeriod"
        );
        assert_eq!(a.qualify("graph.call"), "microsoft.graph.call");
        assert_eq!(a.qualify("microsoft.graph.call"), "microsoft.graph.call");
        assert_eq!(a.qualify("Core.Description"), DESCRIPTION);
        assert_eq!(a.target("graph.call/state"), "microsoft.graph.call/state");
        assert_eq!(
            a.target("graph.cancel(graph.bookingAppointment, Edm.String)"),
            "microsoft.graph.cancel(microsoft.graph.bookingAppointment,Edm.String)"
        );
        assert_eq!(
            a.target("graph.x(Collection(graph.y))"),
            "microsoft.graph.x(Collection(microsoft.graph.y))"
        );
    }
}
