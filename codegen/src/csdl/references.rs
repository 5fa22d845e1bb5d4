//! `edmx:Reference`: loads the CSDL documents a document references and merges
//! their included schemas into it, so that their types resolve.
//!
//! A referenced document is looked up by the last segment of its `Uri` (query
//! and fragment dropped), first in the reference directory given by the user,
//! then beside the referencing file; nothing is ever fetched. Only the schemas
//! named by an `edmx:Include` are taken (all of a document without includes),
//! recursively, each document once. A reference whose file is absent is not an
//! error here: resolution fails only if a type of it is used (types of the OASIS
//! vocabularies, `Org.OData.*`, are then read as untyped JSON).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::ast::Document;
use super::reader::{ReadError, read_csdl};

/// Nesting limit for references of references.
const MAX_DEPTH: usize = 16;

/// Merges the schemas of every referenced document found into `doc`
/// (read from `file`); returns the files it read.
pub fn load_references(
    doc: &mut Document,
    file: &Path,
    reference_dir: Option<&Path>,
) -> Result<Vec<PathBuf>, ReadError> {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    if let Ok(canonical) = file.canonicalize() {
        seen.insert(canonical);
    }
    let mut read = Vec::new();
    // (document references, the directory of the file that holds them, depth)
    let mut queue = vec![(doc.references.clone(), dir_of(file), 0usize)];
    while let Some((refs, dir, depth)) = queue.pop() {
        for r in refs {
            let Some(path) = find(&r.uri, reference_dir, &dir) else {
                continue;
            };
            let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
            if !seen.insert(canonical) {
                continue;
            }
            let shown = path.display().to_string();
            let bytes = std::fs::read(&path).map_err(|e| ReadError {
                file: shown.clone(),
                line: 1,
                col: 1,
                message: format!("cannot read referenced document (`{}`): {e}", r.uri),
            })?;
            let other = read_csdl(&bytes, &shown)?;
            let wanted: Vec<&str> = r.includes.iter().map(|i| i.namespace.as_str()).collect();
            for schema in other.schemas {
                let included = wanted.is_empty() || wanted.contains(&schema.namespace.as_str());
                let present = doc.schemas.iter().any(|s| s.namespace == schema.namespace);
                if included && !present {
                    doc.schemas.push(schema);
                }
            }
            // Aliases of the referenced document's own includes apply to its schemas.
            doc.references.extend(other.references.iter().cloned());
            if depth + 1 < MAX_DEPTH {
                queue.push((other.references, dir_of(&path), depth + 1));
            }
            read.push(path);
        }
    }
    Ok(read)
}

fn dir_of(file: &Path) -> PathBuf {
    file.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The file a reference `uri` names, if it exists in `reference_dir` or `beside`.
fn find(uri: &str, reference_dir: Option<&Path>, beside: &Path) -> Option<PathBuf> {
    let name = file_name(uri)?;
    reference_dir
        .into_iter()
        .chain(std::iter::once(beside))
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Last path segment of a URI, without query or fragment; `None` if empty or `..`.
pub fn file_name(uri: &str) -> Option<&str> {
    let end = uri.find(['?', '#']).unwrap_or(uri.len());
    let name = uri[..end].rsplit(['/', '\\']).next()?;
    (!name.is_empty() && name != "." && name != "..").then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_is_the_last_segment() {
        assert_eq!(
            file_name(
                "https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml"
            ),
            Some("Org.OData.Core.V1.xml")
        );
        assert_eq!(file_name("../x/Common.xml?v=2#top"), Some("Common.xml"));
        assert_eq!(file_name("https://host/"), None);
        assert_eq!(file_name("a/.."), None);
    }
}
