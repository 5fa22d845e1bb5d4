//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
mod types_a_d;
#[allow(unused_imports)]
pub use types_a_d::*;
mod types_e_s;
#[allow(unused_imports)]
pub use types_e_s::*;
mod types_t_v;
#[allow(unused_imports)]
pub use types_t_v::*;
mod types_we_wi;
#[allow(unused_imports)]
pub use types_we_wi::*;
mod types_workbooka_workbookc;
#[allow(unused_imports)]
pub use types_workbooka_workbookc::*;
mod types_workbookfi;
#[allow(unused_imports)]
pub use types_workbookfi::*;
mod types_workbookfunctionsa_workbookfunctionse;
#[allow(unused_imports)]
pub use types_workbookfunctionsa_workbookfunctionse::*;
mod types_workbookfunctionsf_workbookfunctionso;
#[allow(unused_imports)]
pub use types_workbookfunctionsf_workbookfunctionso::*;
mod types_workbookfunctionsp_workbookfunctionsz;
#[allow(unused_imports)]
pub use types_workbookfunctionsp_workbookfunctionsz::*;
mod types_workbookn_workbookw;
#[allow(unused_imports)]
pub use types_workbookn_workbookw::*;
mod types_workp;
#[allow(unused_imports)]
pub use types_workp::*;
