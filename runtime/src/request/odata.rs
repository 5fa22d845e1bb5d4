//! Addressing per the OData URL conventions for services other than Microsoft Graph:
//! a service root that is exactly the URL the user gives, and key predicates in
//! parentheses (`Products(1)`, `Order_Details(OrderID=1,ProductID=2)`). Graph's own
//! addressing (cloud + version root, key as a segment) stays in `request/mod.rs`.

use super::{Literal, RequestError, Target};

impl Target {
    /// The service root `url`, exactly as given (one trailing `/` is dropped, since
    /// resource paths start with `/`).
    pub fn service_root(url: &str) -> Target {
        let root = url.strip_suffix('/').unwrap_or(url);
        Target {
            root: root.into(),
            path: String::new(),
            aliases: Vec::new(),
            error: None,
            update_by_put: false,
        }
    }

    /// Appends a key predicate to the last segment: `(lit)` for a single key given
    /// without a name, `(name=lit,...)` otherwise. Key values are always written inline.
    /// No key part makes the request fail when built (it would address the collection).
    pub fn key_predicate(&self, parts: &[(&str, Literal)]) -> Target {
        let mut t = self.clone();
        let text: Vec<String> = parts
            .iter()
            .map(|(name, lit)| {
                let value = match lit {
                    Literal::Inline(text) => text.clone(),
                    Literal::Alias(json) => super::encode_query(json),
                };
                if name.is_empty() {
                    value
                } else {
                    format!("{name}={value}")
                }
            })
            .collect();
        if parts.is_empty() && t.error.is_none() {
            t.error = Some(RequestError::EmptyKey {
                path: self.path.clone(),
            });
        }
        t.path.push('(');
        t.path.push_str(&text.join(","));
        t.path.push(')');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::ToLiteral;

    #[test]
    fn service_root_is_exactly_the_given_url() {
        let root = "https://services.odata.org/V4/Northwind/Northwind.svc/";
        let t = Target::service_root(root).segment("Products");
        assert_eq!(
            t.url(),
            "https://services.odata.org/V4/Northwind/Northwind.svc/Products"
        );
        assert_eq!(
            Target::service_root("http://localhost:4004").url(),
            "http://localhost:4004"
        );
    }

    #[test]
    fn single_and_composite_key_predicates() {
        let root = Target::service_root("http://h/svc");
        let one = root
            .segment("Products")
            .key_predicate(&[("", 1i32.to_literal())]);
        assert_eq!(one.url(), "http://h/svc/Products(1)");
        let s = root
            .segment("People")
            .key_predicate(&[("", "O'Neil".to_literal())]);
        assert_eq!(s.url(), "http://h/svc/People('O''Neil')");
        let two = root.segment("Order_Details").key_predicate(&[
            ("OrderID", 10248i32.to_literal()),
            ("ProductID", 11i32.to_literal()),
        ]);
        assert_eq!(
            two.url(),
            "http://h/svc/Order_Details(OrderID=10248,ProductID=11)"
        );
        let sap = root.segment("Booking").key_predicate(&[
            ("TravelId", "1".to_literal()),
            ("IsActiveEntity", true.to_literal()),
        ]);
        assert_eq!(
            sap.url(),
            "http://h/svc/Booking(TravelId='1',IsActiveEntity=true)"
        );
    }
}
