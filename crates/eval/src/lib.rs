//! vmcmd's lazy Nix evaluator.
//!
//! Layers: [`lower`] turns an rnix tree into a small expression tree with
//! resolved variables; [`eval`] walks it lazily ([`value`] holds the data
//! model and the thunk state machine); [`builtins`] implements the global
//! functions family by family; [`print`] renders values as Nix or JSON;
//! [`store`] computes store paths without a store; [`precompiled`] holds
//! built-in files lowered at build time. The crate never prints,
//! never reads environment variables and never builds or fetches anything:
//! the caller passes [`Settings`] and reads results and diagnostics.

pub mod builtins;
pub mod driver;
pub mod error;
pub mod eval;
pub mod lower;
pub mod ops;
pub mod parse_cache;
pub mod precompiled;
pub mod print;
pub mod show;
pub mod store;
pub mod value;

pub use error::{ErrorKind, EvalError, EvalResult, TraceFrame};
pub use eval::{Evaluator, Settings, run_with_big_stack};
pub use value::{Attrs, NixString, Value};
