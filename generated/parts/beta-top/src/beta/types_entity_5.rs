//! Types of `microsoft.graph` by the first letters of their names (`entity_5`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
rt::impl_poly!(AnyEntity);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEntity);
