//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
mod types_a_c;
#[allow(unused_imports)]
pub use types_a_c::*;
mod types_da_de;
#[allow(unused_imports)]
pub use types_da_de::*;
mod types_di_dr;
#[allow(unused_imports)]
pub use types_di_dr::*;
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
mod types_workbookfunctionsa_workbookfunctionsd;
#[allow(unused_imports)]
pub use types_workbookfunctionsa_workbookfunctionsd::*;
mod types_workbookfunctionse_workbookfunctionsm;
#[allow(unused_imports)]
pub use types_workbookfunctionse_workbookfunctionsm::*;
mod types_workbookfunctionsn_workbookfunctionsv;
#[allow(unused_imports)]
pub use types_workbookfunctionsn_workbookfunctionsv::*;
mod types_workbookfunctionsw_workbookfunctionsz;
#[allow(unused_imports)]
pub use types_workbookfunctionsw_workbookfunctionsz::*;
mod types_workbookn_workbookw;
#[allow(unused_imports)]
pub use types_workbookn_workbookw::*;
