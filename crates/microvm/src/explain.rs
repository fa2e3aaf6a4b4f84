//! `vmcmd explain`: which options, and which definitions of them (file,
//! line, column, priority, `mkIf` conditions, won or lost), produced each
//! argument of a VM's `microvm-run` command.
//!
//! The runner generator records, for every argument, the option paths it
//! was computed from ([`crate::Arg::sources`]). Those paths may reach into
//! the value of an option (`microvm.volumes.0.image`,
//! `microvm.interfaces.0.id`): they are resolved against the evaluated
//! `options` tree to the declared option holding them (`microvm.volumes`)
//! and the rest of the path, which selects the value. Definitions come from
//! the built-in module system's `definitionPositions`; for list options the
//! definition that contributed the selected element is marked. Each
//! definition carries the `mkIf` conditions it sat under, as the user wrote
//! them (outermost first); definitions a false condition dropped are listed
//! too, as not in effect.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value as Json;
use vmcmd_eval::{EvalResult, Evaluator};

use crate::nixos::ROOT;
use crate::vm::{VmEvaluation, VmSource, evaluate, evaluate_source_view};

/// The option microvm.nix's runners choose their fixed arguments by.
pub const HYPERVISOR_OPTION: &str = "microvm.hypervisor";

/// Priorities of the module system.
pub const OPTION_DEFAULT_PRIORITY: i64 = 1500;

/// A source position of a definition or declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file as the evaluator knows it (absolute), or `<microvm.nix>`,
    /// `<NixOS>`, `<vmcmd>` for vmcmd's built-in model.
    pub file: String,
    /// Whether the location is inside vmcmd's built-in model (no line
    /// numbers worth showing: they are vmcmd's, not upstream's).
    pub builtin: bool,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

/// One `mkIf` condition a definition sat under, where the user wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The condition's source text (`cfg.enable`), on one line.
    pub text: String,
    pub location: Location,
}

/// One definition of an option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    pub location: Location,
    /// The override priority (`mkOverride`); 100 for plain definitions;
    /// `None` for a definition not in effect (its content is never
    /// evaluated, as in Nix).
    pub priority: Option<i64>,
    /// The `mkIf` conditions it sat under, outermost first; `None` for a
    /// condition whose source is not recorded (a literal `true`, or a
    /// variable evaluated before the `mkIf`).
    pub conditions: Vec<Option<Condition>>,
    /// Whether its conditions hold (false: dropped by a false `mkIf`).
    pub in_effect: bool,
    /// Whether it has the highest priority (and so contributes to the value).
    pub won: bool,
    /// For a path into a list option (`microvm.volumes.1`): whether this
    /// definition contributed that element.
    pub provides_element: bool,
}

impl Definition {
    /// The conditions as one expression: `None` without `mkIf`, else the
    /// texts joined with `&&` (parenthesised where `&&` would bind
    /// tighter), `(unrecorded)` standing for a condition whose source is
    /// not known.
    pub fn condition_text(&self) -> Option<String> {
        join_conditions(&self.conditions)
    }
}

/// See [`Definition::condition_text`].
pub fn join_conditions(conditions: &[Option<Condition>]) -> Option<String> {
    let texts: Vec<&str> =
        conditions.iter().map(|c| c.as_ref().map_or("(unrecorded)", |c| c.text.as_str())).collect();
    match texts.as_slice() {
        [] => None,
        [one] => Some((*one).to_string()),
        many => Some(
            many.iter()
                .map(|t| if binds_looser_than_and(t) { format!("({t})") } else { (*t).to_string() })
                .collect::<Vec<_>>()
                .join(" && "),
        ),
    }
}

/// Whether `text` might need parentheses as an operand of `&&`: it has an
/// `||` or `->`, or is an `if`, `let`, `with`, `assert` or function.
/// Conservative: a string containing `||` gets parentheses it does not need.
fn binds_looser_than_and(text: &str) -> bool {
    text.contains("||")
        || text.contains("->")
        || text.contains(':')
        || ["if ", "let ", "with ", "assert "].iter().any(|k| text.starts_with(k))
}

/// What an option path asked about resolved to.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionInfo {
    /// The path as asked (`microvm.interfaces.0.id`).
    pub path: String,
    /// The declared option holding it (`microvm.interfaces`), if any.
    pub option: Option<String>,
    /// The final value at `path`, JSON-safe (derivations as store paths);
    /// `None` when it could not be evaluated or does not exist.
    pub value: Option<Json>,
    /// The highest priority among the definitions (1500 for the default).
    pub highest_prio: Option<i64>,
    /// Definitions in definition order (module order).
    pub definitions: Vec<Definition>,
    /// Where the option is declared (first declaration).
    pub declaration: Option<Location>,
    /// Whether the option has a `default`.
    pub has_default: bool,
    /// Where the value at `path` was computed, when that is an expression
    /// in the user's files other than the definitions' own lines (a MAC
    /// made by a host-table module and passed on through options and
    /// `inherit`): see `Evaluator::track_origins`.
    pub computed: Option<Computed>,
}

/// An expression that computed a value ([`OptionInfo::computed`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub location: Location,
    /// Its source text on one line.
    pub text: String,
}

impl OptionInfo {
    /// Whether the declared default is (part of) the value: no definition
    /// in effect has a higher priority than `mkOptionDefault`.
    pub fn default_used(&self) -> bool {
        self.has_default
            && (!self.definitions.iter().any(|d| d.in_effect)
                || self.highest_prio.is_some_and(|p| p >= OPTION_DEFAULT_PRIORITY))
    }

    /// Who declared the default: `microvm.nix`, `NixOS`, `vmcmd` or the
    /// declaring file.
    pub fn default_origin(&self) -> String {
        match &self.declaration {
            Some(l) if l.builtin => {
                l.file.trim_start_matches('<').trim_end_matches('>').to_string()
            }
            Some(l) => l.file.clone(),
            None => "the option".to_string(),
        }
    }
}

/// One argument of `microvm-run`'s command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExplainedArg {
    pub index: usize,
    pub text: String,
    /// The option paths it came from, first occurrence order, without
    /// duplicates; `[microvm.hypervisor]` for fixed arguments.
    pub sources: Vec<String>,
    /// A fixed argument of the hypervisor's runner (no option recorded).
    pub fixed: bool,
}

/// A VM with its arguments and the options they came from.
#[derive(Debug)]
pub struct Explanation {
    pub vm: VmEvaluation,
    /// Empty when the VM is rejected.
    pub args: Vec<ExplainedArg>,
    /// Every path in `args[].sources` and the extra paths asked for.
    pub options: BTreeMap<String, OptionInfo>,
}

impl Explanation {
    /// The arguments produced by `path` or one of its sub-paths.
    pub fn args_of(&self, path: &str) -> Vec<&ExplainedArg> {
        let prefix = format!("{path}.");
        self.args
            .iter()
            .filter(|a| a.sources.iter().any(|s| s == path || s.starts_with(&prefix)))
            .collect()
    }
}

/// `microvm.nix`, `NixOS` or `vmcmd` for files of the built-in model.
pub fn builtin_origin(file: &str) -> Option<&'static str> {
    if file == format!("{ROOT}/nixos-stubs.nix") {
        Some("NixOS")
    } else if file == format!("{ROOT}/eval-config.nix") {
        Some("vmcmd")
    } else if file.starts_with(ROOT) {
        Some("microvm.nix")
    } else if file.starts_with("/__vmcmd/") {
        Some("vmcmd")
    } else {
        None
    }
}

/// The name of a priority: `mkOptionDefault`, `mkDefault`, `plain`,
/// `mkForce` or `mkOverride N`.
pub fn priority_name(priority: i64) -> String {
    match priority {
        1500 => "mkOptionDefault".into(),
        1000 => "mkDefault".into(),
        100 => "plain".into(),
        50 => "mkForce".into(),
        n => format!("mkOverride {n}"),
    }
}

/// Evaluates the module at `file` like [`evaluate_file`], then explains
/// every argument of its `microvm-run` command and the `extra` option
/// paths. A rejected VM comes back with no arguments.
pub fn explain_file(
    ev: &mut Evaluator,
    file: &Path,
    system: &str,
    extra: &[String],
) -> EvalResult<Explanation> {
    explain(ev, &VmSource::file(file, system), extra)
}

/// [`explain_file`] for any [`VmSource`] (a VM of a Ghaf checkout …).
/// `microvm.*` options microvm.nix computes from NixOS options, with the
/// option each is computed from (`microvm.kernelParams` is
/// `boot.kernelParams` plus microvm.nix's own).
pub const DERIVED_FROM: &[(&str, &str)] = &[("microvm.kernelParams", "boot.kernelParams")];

pub fn explain(ev: &mut Evaluator, source: &VmSource, extra: &[String]) -> EvalResult<Explanation> {
    // where derived values (MACs, CIDs …) were computed
    ev.track_origins();
    let vm = evaluate(ev, source)?;
    let mut args = Vec::new();
    if vm.rejection().is_none()
        && let Ok(runner) = &vm.runner
    {
        for (index, a) in runner.command.args().enumerate() {
            let mut sources: Vec<String> = Vec::new();
            for s in &a.sources {
                if !sources.contains(s) {
                    sources.push(s.clone());
                }
            }
            let fixed = sources.is_empty();
            if fixed {
                sources.push(HYPERVISOR_OPTION.to_string());
            }
            // the NixOS options a derived microvm.* option was computed
            // from: their definitions are the ones a Ghaf developer edits
            for (derived, feeder) in DERIVED_FROM {
                if sources.iter().any(|s| s == derived) && !sources.iter().any(|s| s == feeder) {
                    sources.push((*feeder).to_string());
                }
            }
            args.push(ExplainedArg { index, text: a.text.clone(), sources, fixed });
        }
    }
    let mut paths: Vec<String> = Vec::new();
    for p in args.iter().flat_map(|a| a.sources.iter()).chain(extra) {
        if !paths.contains(p) {
            paths.push(p.clone());
        }
    }
    let options = option_infos(ev, source, &paths)?;
    Ok(Explanation { vm, args, options })
}

/// Resolves option paths of the VM at `source` to their options, values
/// and definitions (see [`OptionInfo`]).
pub fn option_infos(
    ev: &mut Evaluator,
    source: &VmSource,
    paths: &[String],
) -> EvalResult<BTreeMap<String, OptionInfo>> {
    let mut out = BTreeMap::new();
    if paths.is_empty() {
        return Ok(out);
    }
    let list: Vec<String> = paths
        .iter()
        .map(|p| {
            let parts: Vec<String> = p.split('.').map(nix_string).collect();
            format!("[ {} ]", parts.join(" "))
        })
        .collect();
    let view = VIEW.replace("@PATHS@", &list.join(" "));
    let json = evaluate_source_view(ev, source, &view)?;
    let items = json.as_array().cloned().unwrap_or_default();
    for (path, item) in paths.iter().zip(items) {
        out.insert(path.clone(), option_info(path, &item));
    }
    Ok(out)
}

fn option_info(path: &str, item: &Json) -> OptionInfo {
    let option = item["option"]
        .as_array()
        .map(|parts| parts.iter().filter_map(Json::as_str).collect::<Vec<_>>().join("."));
    let value = item["value"]
        .as_object()
        .and_then(|o| o.get("ok"))
        .cloned()
        .filter(|v| !(v.get("__vmcmd_missing").is_some() || v.get("__oracle_error").is_some()));
    let highest_prio = item["highestPrio"].as_i64();
    let element = item["element"].as_object();
    let mut definitions: Vec<Definition> = Vec::new();
    for d in item["definitions"].as_array().into_iter().flatten() {
        let in_effect = d["inEffect"].as_bool().unwrap_or(true);
        let priority = if in_effect { Some(d["priority"].as_i64().unwrap_or(100)) } else { None };
        let at = location(d);
        // Conditions in vmcmd's own model are its wording, not upstream's:
        // not shown (and none for the model's definitions).
        let conditions = if at.builtin {
            Vec::new()
        } else {
            d["conditions"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| {
                    let text = c["text"].as_str()?;
                    let location = location(c);
                    (!location.builtin).then(|| Condition { text: text.to_string(), location })
                })
                .collect()
        };
        definitions.push(Definition {
            location: at,
            priority,
            conditions,
            in_effect,
            won: priority.is_some() && highest_prio == priority,
            provides_element: false,
        });
    }
    // The element's definition: the `rank`-th winning definition from
    // the file the module system took it from.
    if let Some(e) = element
        && let (Some(file), Some(rank)) = (e.get("file").and_then(Json::as_str), e["rank"].as_u64())
    {
        let same: Vec<usize> = item["definitions"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .filter(|(i, d)| definitions[*i].won && d["file"].as_str() == Some(file))
            .map(|(i, _)| i)
            .collect();
        if same.len() as u64 == e["count"].as_u64().unwrap_or(0)
            && let Some(&i) = same.get(rank as usize)
        {
            definitions[i].provides_element = true;
        }
    }
    // The model's definitions a false condition dropped are not news.
    definitions.retain(|d| d.in_effect || !d.location.builtin);
    let computed = item["origin"]["text"].as_str().and_then(|text| {
        let location = location(&item["origin"]);
        let at_definition = definitions
            .iter()
            .any(|d| d.location.file == location.file && d.location.line == location.line);
        (!location.builtin && !at_definition).then(|| Computed { location, text: text.to_string() })
    });
    OptionInfo {
        path: path.to_string(),
        option,
        value,
        highest_prio,
        definitions,
        declaration: item["declarations"].as_array().and_then(|a| a.first()).map(location),
        has_default: item["hasDefault"].as_bool().unwrap_or(false),
        computed,
    }
}

fn location(d: &Json) -> Location {
    let raw = d["file"].as_str().unwrap_or("<unknown-file>");
    let builtin = builtin_origin(raw);
    let num = |k: &str| d[k].as_u64().and_then(|n| u32::try_from(n).ok());
    Location {
        file: builtin.map_or_else(|| raw.to_string(), |o| format!("<{o}>")),
        builtin: builtin.is_some(),
        line: if builtin.is_some() { None } else { num("line") },
        column: if builtin.is_some() { None } else { num("column") },
    }
}

/// A Nix string literal.
fn nix_string(s: &str) -> String {
    Json::String(s.to_string()).to_string().replace('$', "\\$")
}

/// The view evaluated over `eval` (see [`evaluate_view`]): for each path,
/// the option holding it, the value at the path, the option's definition
/// positions, highest priority and declarations, and for paths into list
/// options which definition (file, rank among that file's winning
/// definitions) contributed the element.
const VIEW: &str = r#"let
  lib = import <nixpkgs/lib>;
  b = builtins;
  failed = { __oracle_error = "evaluation failed"; };
  missing = { __vmcmd_missing = true; };
  marked = v: b.isAttrs v && (v ? __vmcmd_missing || v ? __oracle_error);
  jsonSafe = value:
    let
      attempt = b.tryEval value;
      v = attempt.value;
      drv = b.tryEval (lib.isDerivation v);
      path = b.tryEval "${v}";
    in
    if !attempt.success then failed
    else if b.isAttrs v then
      if !drv.success then failed
      else if drv.value then (if path.success then path.value else failed)
      else if (v._type or null) == "pkgs" then "<pkgs ${v.stdenv.hostPlatform.system}>"
      else lib.filterAttrs (_: x: !(b.isAttrs x && x ? __oracle_error)) (b.mapAttrs (_: jsonSafe) v)
    else if b.isList v then map jsonSafe v
    else if b.isFunction v then "<function>"
    else if b.isPath v then toString v
    else v;
  isIndex = k: b.match "[0-9]+" k != null;
  step = acc: k:
    let a = b.tryEval acc; v = a.value; in
    if !a.success then failed
    else if marked v then v
    else if b.isList v then
      (if isIndex k && b.fromJSON k < b.length v then b.elemAt v (b.fromJSON k) else missing)
    else if b.isAttrs v && v ? ${k} then v.${k}
    else missing;
  resolve = path:
    let
      n = b.length path;
      go = opts: i:
        if lib.isOption opts then { inherit i; opt = opts; }
        else if i < n && b.isAttrs opts && opts ? ${b.elemAt path i} then go opts.${b.elemAt path i} (i + 1)
        else { inherit i; opt = null; };
    in go eval.options 0;
  safe = default: v: let t = b.tryEval (b.deepSeq v v); in if t.success then t.value else default;
  position = p: {
    file = toString p.file;
    line = p.line or null;
    column = p.column or null;
  };
  # Which definition (file, rank among that file's definitions, their
  # count) contributed element `idx` of a list option.
  element = opt: idx:
    let
      defs = safe [ ] (map (d: { file = toString d.file; len = if b.isList d.value then b.length d.value else null; }) opt.definitionsWithLocations);
      total = b.foldl' (acc: d: if acc == null || d.len == null then null else acc + d.len) 0 defs;
      value = b.tryEval opt.value;
      n = b.length defs;
      go = i: acc:
        if i >= n then null
        else
          let d = b.elemAt defs i; in
          if idx < acc + d.len then {
            inherit (d) file;
            rank = b.length (b.filter (e: e.file == d.file) (lib.take i defs));
            count = b.length (b.filter (e: e.file == d.file) defs);
          }
          else go (i + 1) (acc + d.len);
    in
    if total == null || !value.success || !b.isList value.value || b.length value.value != total then null
    else go 0 0;
  info = path:
    let
      r = resolve path;
      opt = r.opt;
      rest = lib.drop r.i path;
      val = v: let j = b.tryEval (b.deepSeq (jsonSafe v) (jsonSafe v)); in
        if j.success then { ok = j.value; } else { };
    in
    if opt == null then { option = null; value = val (b.foldl' step eval.config path); }
    else {
      option = lib.take r.i path;
      value = val (b.foldl' step opt.value rest);
      # where the value was computed (vmcmd only: `__vmcmdOrigin`)
      origin =
        let
          key = lib.last rest;
          container = b.foldl' step opt.value (lib.init rest);
        in
        if rest == [ ] then safe null (__vmcmdOrigin "value" opt)
        else safe null (__vmcmdOrigin (if isIndex key then b.fromJSON key else key) container);
      definitions = safe [ ] (map (p: position p // {
        inherit (p) priority inEffect;
        conditions = map (c: if c == null then null else position c // { inherit (c) text; }) p.conditions;
      }) (opt.definitionPositions or [ ]));
      highestPrio = safe null (opt.highestPrio or null);
      hasDefault = opt ? default;
      declarations = safe [ ] (map position (opt.declarationPositions or [ ]));
      element = if rest != [ ] && isIndex (b.head rest) then safe null (element opt (b.fromJSON (b.head rest))) else null;
    };
in map info [ @PATHS@ ]"#;

#[cfg(test)]
mod tests {
    use super::{Condition, Location, join_conditions};

    #[test]
    fn conditions_join_with_and() {
        let cases: &[(&[Option<&str>], Option<&str>)] = &[
            (&[], None),
            (&[Some("cfg.enable")], Some("cfg.enable")),
            (&[Some("a || b")], Some("a || b")),
            (&[Some("cfg.enable"), Some("cfg.big")], Some("cfg.enable && cfg.big")),
            (&[Some("a || b"), Some("c")], Some("(a || b) && c")),
            (&[Some("a"), Some("if x then y else z")], Some("a && (if x then y else z)")),
            (&[Some("a -> b"), Some("!c")], Some("(a -> b) && !c")),
            (&[None, Some("c")], Some("(unrecorded) && c")),
            (&[None], Some("(unrecorded)")),
        ];
        for (texts, want) in cases {
            let conditions: Vec<Option<Condition>> = texts
                .iter()
                .map(|t| {
                    t.map(|text| Condition {
                        text: text.to_string(),
                        location: Location {
                            file: "/m.nix".into(),
                            builtin: false,
                            line: Some(1),
                            column: Some(1),
                        },
                    })
                })
                .collect();
            assert_eq!(join_conditions(&conditions).as_deref(), *want, "{texts:?}");
        }
    }
}
