//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
mod types_a_c;
#[allow(unused_imports)]
pub use types_a_c::*;
mod types_da_do;
#[allow(unused_imports)]
pub use types_da_do::*;
mod types_dr;
#[allow(unused_imports)]
pub use types_dr::*;
mod types_e_r;
#[allow(unused_imports)]
pub use types_e_r::*;
mod types_s_v;
#[allow(unused_imports)]
pub use types_s_v::*;
mod types_wi;
#[allow(unused_imports)]
pub use types_wi::*;
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
