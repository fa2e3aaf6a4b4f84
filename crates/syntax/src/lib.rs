//! Source files, spans and parsing: the bottom layer of vmcmd.
//!
//! This crate owns the [`SourceDb`] (file id → path and text), byte [`Span`]s
//! with line/column lookup, and [`parse`], which wraps rnix 0.15 (a rowan CST
//! that keeps every byte). Parsing never fails: it returns the tree and a list
//! of [`SyntaxError`]s, worded like Nix's own parser where that is cheap
//! (`syntax error, unexpected end of file`). Nothing here evaluates, prints or
//! touches the file system beyond what the caller passes in.

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use rnix;
pub use rowan::{TextRange, TextSize};

/// An index into a [`SourceDb`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The file the range is in.
    pub file: FileId,
    /// Start byte offset.
    pub start: u32,
    /// End byte offset (exclusive).
    pub end: u32,
}

impl Span {
    /// A span covering `range` in `file`.
    pub fn new(file: FileId, range: TextRange) -> Span {
        Span { file, start: range.start().into(), end: range.end().into() }
    }
}

/// Where a source text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// An expression given on the command line (`--expr`), shown as `«string»`.
    Expr,
    /// Text made up by vmcmd itself (for example a built-in library file).
    Builtin(String),
}

/// One source text with its line index.
#[derive(Debug)]
pub struct SourceFile {
    /// Where the text came from.
    pub origin: Origin,
    /// The text.
    pub text: Arc<str>,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// Creates a file and indexes its lines.
    pub fn new(origin: Origin, text: Arc<str>) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile { origin, text, line_starts }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self.text.get(start..end).map_or(end - start, |s| s.chars().count());
        (line as u32 + 1, col as u32 + 1)
    }

    /// The name Nix uses for this file in messages: its path, or `«string»`.
    pub fn display_name(&self) -> String {
        match &self.origin {
            Origin::File(p) => p.display().to_string(),
            Origin::Expr => "«string»".to_string(),
            Origin::Builtin(name) => format!("«vmcmd:{name}»"),
        }
    }

    /// The path of the file, if it is one.
    pub fn path(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(p) => Some(p),
            _ => None,
        }
    }
}

/// All source texts one run has read, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceDb {
    files: Vec<SourceFile>,
}

impl SourceDb {
    /// Adds a text and returns its id.
    pub fn add(&mut self, origin: Origin, text: Arc<str>) -> FileId {
        self.files.push(SourceFile::new(origin, text));
        FileId(self.files.len() as u32 - 1)
    }

    /// The file behind an id.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The `path:line:col` of the start of a span, as Nix prints positions.
    pub fn pos_string(&self, span: Span) -> String {
        let file = self.file(span.file);
        let (line, col) = file.line_col(span.start);
        format!("{}:{line}:{col}", file.display_name())
    }
}

/// A syntax error: a message and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The byte range the error points at.
    pub range: TextRange,
    /// A message in Nix's wording, lowercase, without a trailing period.
    pub message: String,
}

/// The result of parsing one text.
pub struct Parsed {
    /// The root of the rnix tree (always present, even with errors).
    pub root: rnix::Root,
    /// Errors found while parsing, in source order.
    pub errors: Vec<SyntaxError>,
}

/// The deepest bracket nesting [`parse`] accepts. Real Nix code stays far
/// below; rowan's node cache makes building deeper trees quadratic (100 000
/// nested brackets would take minutes), so deeper input is an error.
pub const MAX_NESTING: usize = 4096;

/// Where bracket nesting (`(`, `[`, `{`, `${`, and runs of the unary
/// operators `!` and `-`) first exceeds [`MAX_NESTING`], skipping strings,
/// comments, URLs and identifiers with `'`; `None` if it never does.
fn too_deep(text: &str) -> Option<usize> {
    #[derive(PartialEq)]
    enum Mode {
        Code,
        Str,
        IndStr,
    }
    // `''` after a name character is part of the name (`a''`), `/*`
    // after a path or URL character part of it (`http://x/*`)
    let name = |c: u8| c.is_ascii_alphanumeric() || b"_'-".contains(&c);
    let word = |c: u8| c.is_ascii_alphanumeric() || b"_-./:+~?=&%".contains(&c);
    let b = text.as_bytes();
    // the innermost mode last; Code entries are brackets or interpolations
    let mut stack: Vec<Mode> = vec![Mode::Code];
    // consecutive unary operators (`!!!x`, `- - -1`) nest like brackets
    let mut unary = 0usize;
    let mut i = 0;
    while i < b.len() {
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        match stack.last().unwrap_or(&Mode::Code) {
            Mode::Code => {
                match b[i] {
                    b'!' | b'-' => unary += 1,
                    c if c.is_ascii_whitespace() => {}
                    _ => unary = 0,
                }
                match b[i] {
                    b'#' => {
                        while i < b.len() && b[i] != b'\n' {
                            i += 1;
                        }
                    }
                    b'/' if b.get(i + 1) == Some(&b'*') && !word(prev) => {
                        i += 2;
                        while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                            i += 1;
                        }
                        i += 1;
                    }
                    b'"' => stack.push(Mode::Str),
                    b'\'' if b.get(i + 1) == Some(&b'\'') && !name(prev) => {
                        stack.push(Mode::IndStr);
                        i += 1;
                    }
                    b'(' | b'[' | b'{' => stack.push(Mode::Code),
                    b')' | b']' | b'}' if stack.len() > 1 => {
                        stack.pop();
                    }
                    _ => {}
                }
            }
            Mode::Str => match b[i] {
                b'\\' => i += 1,
                b'"' => {
                    stack.pop();
                }
                // `$${` is literal text
                b'$' if b.get(i + 1) == Some(&b'$') => i += 1,
                b'$' if b.get(i + 1) == Some(&b'{') => {
                    stack.push(Mode::Code);
                    i += 1;
                }
                _ => {}
            },
            Mode::IndStr => match b[i] {
                // `'''`, `''$` and `''\x` are escapes; other `''` ends the string
                b'\'' if b.get(i + 1) == Some(&b'\'') => match b.get(i + 2) {
                    Some(b'\'') | Some(b'$') => i += 2,
                    Some(b'\\') => i += 3,
                    _ => {
                        stack.pop();
                        i += 1;
                    }
                },
                b'$' if b.get(i + 1) == Some(&b'$') => i += 1,
                b'$' if b.get(i + 1) == Some(&b'{') => {
                    stack.push(Mode::Code);
                    i += 1;
                }
                _ => {}
            },
        }
        if stack.len() - 1 + unary > MAX_NESTING {
            return Some(i.min(b.len().saturating_sub(1)));
        }
        i += 1;
    }
    None
}

/// A parse that can move between threads (the tree as rowan's green
/// node): [`parse_green`] on one thread, [`GreenParsed::to_parsed`] on
/// another. Parsing ahead on a second core uses it.
#[derive(Clone)]
pub struct GreenParsed {
    green: rowan::GreenNode,
    /// Errors found while parsing, in source order.
    pub errors: Vec<SyntaxError>,
}

impl GreenParsed {
    /// The tree as [`parse`] returns it.
    pub fn to_parsed(&self) -> Parsed {
        let node = rnix::SyntaxNode::new_root(self.green.clone());
        let root =
            rowan::ast::AstNode::cast(node).unwrap_or_else(|| rnix::Root::parse("null").tree());
        Parsed { root, errors: self.errors.clone() }
    }
}

/// [`parse`], keeping the tree in a form that can move between threads.
pub fn parse_green(text: &str) -> GreenParsed {
    let parsed = parse(text);
    let green = rowan::ast::AstNode::syntax(&parsed.root).green().to_owned();
    GreenParsed { green, errors: parsed.errors }
}

/// Parses Nix source text. Never panics and never fails: errors are data.
pub fn parse(text: &str) -> Parsed {
    if let Some(at) = too_deep(text) {
        let at = TextSize::from(at.min(text.len()) as u32);
        return Parsed {
            root: rnix::Root::parse("null").tree(),
            errors: vec![SyntaxError {
                range: TextRange::new(at, at),
                message: format!(
                    "syntax error, expression nested more than {MAX_NESTING} levels deep (vmcmd's limit)"
                ),
            }],
        };
    }
    let parse = rnix::Root::parse(text);
    let len = TextSize::of(text);
    let eof = TextRange::new(len, len);
    let errors = parse
        .errors()
        .iter()
        .map(|e| {
            use rnix::ParseError as E;
            let (range, message) = match e {
                E::Unexpected(r) => (*r, describe_unexpected(text, *r)),
                E::UnexpectedExtra(r) => (*r, describe_unexpected(text, *r)),
                E::UnexpectedWanted(_, r, wanted) => {
                    let what = describe_unexpected(text, *r);
                    if what.starts_with("syntax error") {
                        (*r, format!("{what}, expecting {}", kinds(wanted)))
                    } else {
                        (*r, what)
                    }
                }
                E::UnexpectedDoubleBind(r) => (*r, "double @-pattern binding".to_string()),
                E::UnexpectedEOF => (eof, "syntax error, unexpected end of file".to_string()),
                E::UnexpectedEOFWanted(wanted) => (
                    eof,
                    format!("syntax error, unexpected end of file, expecting {}", kinds(wanted)),
                ),
                E::DuplicatedArgs(r, name) => {
                    (*r, format!("duplicate formal function argument '{name}'"))
                }
                E::RecursionLimitExceeded => {
                    (eof, "syntax error, expression nested too deeply".to_string())
                }
                _ => (eof, format!("syntax error, {e}")),
            };
            SyntaxError { range, message }
        })
        .collect();
    Parsed { root: parse.tree(), errors }
}

fn describe_unexpected(text: &str, range: TextRange) -> String {
    let start: usize = range.start().into();
    let end: usize = range.end().into();
    let snippet = text.get(start..end).unwrap_or("").trim();
    let looks_like_path =
        (snippet.starts_with('/') || snippet.starts_with("./") || snippet.starts_with("~/"))
            && !snippet.contains(char::is_whitespace);
    if snippet.is_empty() {
        "syntax error, unexpected end of file".to_string()
    } else if looks_like_path && snippet.ends_with('/') {
        "path has a trailing slash".to_string()
    } else {
        let short: String = snippet.chars().take(20).collect();
        format!("syntax error, unexpected '{short}'")
    }
}

fn kinds(wanted: &[rnix::SyntaxKind]) -> String {
    let names: Vec<String> = wanted.iter().map(|k| token_name(*k)).collect();
    names.join(" or ")
}

fn token_name(kind: rnix::SyntaxKind) -> String {
    use rnix::SyntaxKind::*;
    let s = match kind {
        TOKEN_L_PAREN => "'('",
        TOKEN_R_PAREN => "')'",
        TOKEN_L_BRACE => "'{'",
        TOKEN_R_BRACE => "'}'",
        TOKEN_L_BRACK => "'['",
        TOKEN_R_BRACK => "']'",
        TOKEN_SEMICOLON => "';'",
        TOKEN_COLON => "':'",
        TOKEN_ASSIGN => "'='",
        TOKEN_COMMA => "','",
        TOKEN_DOT => "'.'",
        TOKEN_IN => "'in'",
        TOKEN_THEN => "'then'",
        TOKEN_ELSE => "'else'",
        TOKEN_IDENT => "identifier",
        TOKEN_INTERPOL_END => "'}'",
        other => return format!("{other:?}").trim_start_matches("TOKEN_").to_lowercase(),
    };
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars() {
        let f = SourceFile::new(Origin::Expr, "ab\néx y".into());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(6), (2, 3));
    }

    #[test]
    fn nesting_limit_counts_code_brackets_only() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(too_deep(&deep(MAX_NESTING)).is_none());
        assert!(too_deep(&deep(MAX_NESTING + 1)).is_some());
        let p = parse(&deep(MAX_NESTING + 1));
        assert!(p.errors[0].message.contains("nested more than"));
        // brackets in strings and comments do not count; interpolations do
        let quoted =
            format!("\"{}\" + ''{}'' # {}\n", "(".repeat(9000), "[".repeat(9000), "{".repeat(9000));
        assert!(too_deep(&quoted).is_none());
        let interpolated = format!("\"${{{}1{}}}\"", "(".repeat(5000), ")".repeat(5000));
        assert!(too_deep(&interpolated).is_some());
        let escapes = format!("''a'''b''${{x}}''\\n{}'' ", "(".repeat(5000));
        assert!(too_deep(&escapes).is_none());
    }

    #[test]
    fn nesting_limit_has_no_false_alarms_and_counts_unary_runs() {
        let many = "(".repeat(5000);
        // a name with '' , a literal $${ , a URL with /* : no strings or comments
        for text in [
            format!("let a'' = 1; b = ''{many}''; in a''"),
            format!("let s = \"$${{\"; t = \"{many}\"; in s"),
            format!("[ http://x.org/a/* \"*/\" \"{many}\" ]"),
        ] {
            assert!(too_deep(&text).is_none(), "{}", &text[..40]);
        }
        assert!(too_deep(&format!("{}true", "!".repeat(MAX_NESTING + 1))).is_some());
        assert!(too_deep(&format!("{}1", "- ".repeat(MAX_NESTING + 1))).is_some());
        assert!(too_deep("a - -b -> !c").is_none());
    }

    #[test]
    fn parse_errors_are_data() {
        let p = parse("[ (1 ");
        assert!(!p.errors.is_empty());
        assert!(p.errors[0].message.starts_with("syntax error"));
        let p = parse("{ a = 1; }");
        assert!(p.errors.is_empty());
    }
}
