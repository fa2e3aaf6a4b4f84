//! Evaluation errors: what went wrong, where, and the frames that led there.
//!
//! Mirrors the split C++ Nix (and tvix) make: `throw` and failed `assert`s are
//! *catchable* by `builtins.tryEval`; everything else (abort, type errors,
//! missing attributes, infinite recursion …) is not. Messages use Nix 2.8's
//! wording so that differential tests can compare them.

use vmcmd_syntax::Span;

/// The class of an evaluation error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `throw "msg"`.
    Throw,
    /// A failed `assert`.
    Assert,
    /// `abort "msg"`.
    Abort,
    /// A value of the wrong type.
    Type,
    /// `attribute 'x' missing`.
    MissingAttr,
    /// A syntax or scoping error found before evaluation.
    Syntax,
    /// `infinite recursion encountered`.
    InfiniteRecursion,
    /// The evaluation nested deeper than vmcmd allows.
    StackOverflow,
    /// Division by zero.
    DivisionByZero,
    /// Reading a file or directory failed.
    Io,
    /// Something vmcmd refuses to do on purpose (fetching, building, executing).
    Refused,
    /// Any other error.
    Other,
}

impl ErrorKind {
    /// Whether `builtins.tryEval` catches this error, as in Nix 2.8.
    pub fn is_catchable(self) -> bool {
        matches!(self, ErrorKind::Throw | ErrorKind::Assert)
    }

    /// A stable code for machine output.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Throw => "eval_throw",
            ErrorKind::Assert => "eval_assert",
            ErrorKind::Abort => "eval_abort",
            ErrorKind::Type => "eval_type",
            ErrorKind::MissingAttr => "eval_missing_attr",
            ErrorKind::Syntax => "syntax",
            ErrorKind::InfiniteRecursion => "eval_infinite_recursion",
            ErrorKind::StackOverflow => "eval_stack_overflow",
            ErrorKind::DivisionByZero => "eval_division_by_zero",
            ErrorKind::Io => "eval_io",
            ErrorKind::Refused => "eval_refused",
            ErrorKind::Other => "eval_error",
        }
    }
}

/// One frame of the evaluation trace (`--show-trace`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceFrame {
    /// Where.
    pub span: Span,
    /// What was being done, e.g. `while evaluating the attribute 'a'`.
    pub message: String,
}

/// An evaluation error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    /// The class of the error.
    pub kind: ErrorKind,
    /// The message, in Nix 2.8's wording, without the `error: ` prefix.
    pub message: String,
    /// The primary location.
    pub span: Option<Span>,
    /// Secondary locations with labels (for example the other end of an
    /// infinite recursion).
    pub labels: Vec<(Span, String)>,
    /// A did-you-mean or similar hint.
    pub help: Option<String>,
    /// Evaluation frames, innermost first, bounded in length.
    pub trace: Vec<TraceFrame>,
}

/// The most trace frames kept on one error.
pub const MAX_TRACE: usize = 32;

impl EvalError {
    /// A new error without location.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Box<EvalError> {
        Box::new(EvalError {
            kind,
            message: message.into(),
            span: None,
            labels: Vec::new(),
            help: None,
            trace: Vec::new(),
        })
    }

    /// A new error at `span`.
    pub fn at(kind: ErrorKind, message: impl Into<String>, span: Span) -> Box<EvalError> {
        let mut e = EvalError::new(kind, message);
        e.span = Some(span);
        e
    }
}

/// Sets the span of an error that has none yet.
pub(crate) fn with_span(mut e: Box<EvalError>, span: Span) -> Box<EvalError> {
    if e.span.is_none() {
        e.span = Some(span);
    }
    e
}

/// Adds a trace frame unless the trace is full.
pub(crate) fn add_trace(mut e: Box<EvalError>, span: Span, message: String) -> Box<EvalError> {
    if e.trace.len() < MAX_TRACE {
        e.trace.push(TraceFrame { span, message });
    }
    e
}

/// The evaluator's result type.
pub type EvalResult<T> = Result<T, Box<EvalError>>;

/// Shorthand for a type error.
pub(crate) fn type_error<T>(message: impl Into<String>) -> EvalResult<T> {
    Err(EvalError::new(ErrorKind::Type, message))
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EvalError {}
