# The NixOS module system (behaviour of nixpkgs lib.modules): collecting
# modules through `imports`, splitting declarations from definitions,
# merging definitions by priority and order, and the helper modules for
# renamed and removed options.
#
# vmcmd addition: every option also carries `definitionPositions`, the
# source position, priority and `mkIf` conditions of each of its
# definitions (for `vmcmd explain`). It is computed lazily and never
# consulted otherwise. To know where a condition is written, `mkIf` marks
# its result with the global `__vmcmdMarkSource` (vmcmd's own, see the
# evaluator's builtins/provenance.rs), which records the span of the
# condition while it is still unevaluated, and `positionsOf` reads it back
# with `__vmcmdAttrSource`; neither evaluates the condition. Under real Nix
# both are stand-ins and every condition is null.
#
# Only builtins, lib.options and lib.types are used here.
{ lib }:
let
  b = builtins;
  o = lib.options;
  t = lib.types;
  inherit (o) showOption showFiles showDefs isOption mkOption unknownModule;

  # --- local helpers -------------------------------------------------------

  # vmcmd's provenance globals (see the header). Real Nix, which has no such
  # globals, evaluates this file too (the flake's checks): there the `with`
  # supplies stand-ins; in vmcmd, as in Nix, globals win over `with`.
  provenance = with {
    __vmcmdMarkSource = name: attrs: attrs;
    __vmcmdAttrSource = name: attrs: null;
  }; {
    markSource = __vmcmdMarkSource;
    attrSource = __vmcmdAttrSource;
  };

  isCallable = f: b.isFunction f || (f ? __functor && isCallable (f.__functor f));
  argsOf = f: if f ? __functor then f.__functionArgs or (argsOf (f.__functor f)) else b.functionArgs f;
  lastOf = l: b.elemAt l (b.length l - 1);
  initOf = l: b.genList (b.elemAt l) (b.length l - 1);
  firstN = n: l: if n >= b.length l then l else b.genList (b.elemAt l) n;
  reversed = l: let n = b.length l; in b.genList (i: b.elemAt l (n - 1 - i)) n;
  imap1 = f: l: b.genList (i: f (i + 1) (b.elemAt l i)) (b.length l);
  zipAttrs = b.zipAttrsWith (n: vs: vs);
  isStringLike = x: b.isString x || b.isPath x || x ? outPath || x ? __toString;
  isConvertible = x:
    isStringLike x || b.elem (b.typeOf x) [ "null" "int" "float" "bool" ]
    || (b.isList x && b.all isConvertible x);
  quoteString = s: b.replaceStrings [ "$" ] [ "\\$" ] (b.toJSON s);
  quoteIdent = s:
    if b.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null
      && !b.elem s [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ]
    then s else quoteString s;

  setAtPath = path: value:
    let go = i: if i == b.length path then value else { ${b.elemAt path i} = go (i + 1); }; in
    go 0;
  getAtPath = path: fallback: set:
    let
      n = b.length path;
      go = i: s:
        if i == n then s
        else let k = b.elemAt path i; in if s ? ${k} then go (i + 1) s.${k} else fallback;
    in
    go 0 set;
  getAtPathOrAbort = path: getAtPath path (abort ("cannot find attribute '" + b.concatStringsSep "." path + "'"));

  # Maps the leaves of a tree, not descending into attribute sets for
  # which `descend` is false.
  mapTree = descend: f:
    let
      go = path: b.mapAttrs (n: v:
        if b.isAttrs v && descend v then go (path ++ [ n ]) v else f (path ++ [ n ]) v);
    in
    go [ ];

  # `lhs // rhs`, recursively while both sides are attribute sets.
  deepUpdate = lhs: rhs:
    let
      go = path: b.zipAttrsWith (n: vs:
        let here = path ++ [ n ]; in
        if b.length vs == 1 || !(b.isAttrs (b.elemAt vs 1) && b.isAttrs (b.head vs))
        then b.head vs
        else go here vs);
    in
    go [ ] [ rhs lhs ];

  # Sorts by a key computed once per element (stable).
  sortByKey = key: l:
    map (p: p.v) (b.sort (x: y: x.k < y.k) (map (v: { inherit v; k = key v; }) l));

  editDistance = s1: s2:
    let
      n1 = b.stringLength s1;
      n2 = b.stringLength s2;
      table = b.genList (i: b.genList (j: cell i j) (n2 + 1)) (n1 + 1);
      at = i: j: b.elemAt (b.elemAt table i) j;
      min2 = x: y: if x < y then x else y;
      cell = i: j:
        if j == 0 then i
        else if i == 0 then j
        else
          let cost = if b.substring (i - 1) 1 s1 == b.substring (j - 1) 1 s2 then 0 else 1; in
          min2 (min2 (at (i - 1) j + 1) (at i (j - 1) + 1)) (at (i - 1) (j - 1) + cost);
    in
    at n1 n2;

  warn = msg: v:
    if b.elem (b.getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ] then
      b.trace "[1;31mevaluation warning:[0m ${msg}"
        (abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors.")
    else b.trace "[1;35mevaluation warning:[0m ${msg}" v;
  warnIf = cond: msg: if cond then warn msg else (x: x);

  # The oldest release still supported at this revision (trivial.oldestSupportedRelease).
  oldestSupportedRelease = 2511;

  defaultOverridePriority = 100;
  defaultOrderPriority = 1000;

  # --- collecting modules ----------------------------------------------------

  internalFile = "lib/modules.nix";

  # Calls a module function with the module arguments it asks for; the
  # ones not given directly come from `config._module.args`, lazily.
  callModule = key: f: args@{ config, ... }:
    let
      wanted = b.mapAttrs (name: _:
        b.addErrorContext ''while evaluating the module argument `${name}' in "${key}":'' (
          args.${name} or (b.addErrorContext
            "noting that argument `${name}` is not externally provided, so querying `_module.args` instead, requiring `config`"
            config._module.args.${name})
        )) (argsOf f);
    in
    f (args // wanted);

  callModuleIfFunction = key: f: args@{ config, ... }:
    if isCallable f then callModule key f args else f;

  # Brings a module into the shape { _file; _class; key; disabledModules;
  # imports; options; config; }.
  normalizeModule = file: key: m:
    let
      withMeta = cfg: if m ? meta then api.mkMerge [ cfg { meta = m.meta; } ] else cfg;
      withFreeform = cfg:
        if m ? freeformType then api.mkMerge [ cfg { _module.freeformType = m.freeformType; } ] else cfg;
      common = {
        _file = toString m._file or file;
        _class = m._class or null;
        key = toString m.key or key;
        disabledModules = m.disabledModules or [ ];
      };
    in
    if m ? config || m ? options then
      let
        extra = b.removeAttrs m [ "_class" "_file" "key" "disabledModules" "imports" "options" "config" "meta" "freeformType" ];
      in
      if extra != { } then
        throw "Module `${key}' has an unsupported attribute `${b.head (b.attrNames extra)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (b.attrNames extra)}) into the explicit `config' attribute."
      else
        common // {
          imports = m.imports or [ ];
          options = m.options or { };
          config = withFreeform (withMeta (m.config or { }));
        }
    else if !b.isAttrs m then
      throw "module ${file} (${key}) does not look like a module."
    else
      common // {
        imports = m.require or [ ] ++ m.imports or [ ];
        options = { };
        config = withFreeform (b.removeAttrs m [ "_class" "_file" "key" "disabledModules" "require" "imports" "freeformType" ]);
      };

  notAModuleMessage = { fallbackFile, value, _type, expectedClass ? null, prefix }:
    let
      esc = b.fromJSON "\"\\u001b\"";
      bad = s: "${esc}[1;35m${s}${esc}[0m";
      good = s: "${esc}[1;32m${s}${esc}[0m";
      code = s: "${esc}[1m${s}${esc}[0m";
      trim = s:
        let r = b.match "[[:space:]]*(.*[^[:space:]])[[:space:]]*" s; in
        if r == null then "" else b.head r;
      intoFile = if fallbackFile != null && fallbackFile != unknownModule
        then ", while trying to load a module into ${toString fallbackFile}" else "";
      intoPrefix = if prefix != [ ]
        then ", while trying to load a module into ${code (showOption prefix)}" else "";
      hints = {
        configuration = trim ''
          If you really mean to import this configuration, instead please only import the modules that make up the configuration.
          You may have to create a `let` binding, file or attribute to give yourself access to the relevant modules.
          While loading a configuration into the module system is a very sensible idea, it can not be done cleanly in practice.
        '';
        flake = b.concatStringsSep "\n" ([
          (trim ''
            Perhaps you forgot to select an attribute name?
            Instead of, for example,
                ${bad "inputs.someflake"}
            you need to write something like
                ${bad "inputs.someflake"}${
                  if expectedClass == null then good ".modules.someApp.default"
                  else good ".modules.${expectedClass}.default"}
          '')
        ] ++ (
          if expectedClass == "nixos" then [ (trim "or\n    ${bad "inputs.someflake"}${good ".nixosModules.default"}") ]
          else if expectedClass == "darwin" then [ (trim "or\n    ${bad "inputs.someflake"}${good ".darwinModules.default"}") ]
          else [ ]));
      };
      paragraphs = [
        (trim ''
          Expected a module, but found a value of type ${bad (quoteString _type)}${intoFile}${intoPrefix}.
          A module is typically loaded by adding it to the ${code "imports = [ ... ];"} attribute of an existing module, or in the ${code "modules = [ ... ];"} argument of various functions.
          Please make sure that each of the list items is a module, and not a different kind of value.
        '')
      ] ++ (if b.isString _type && hints ? ${_type} then [ hints.${_type} ] else [ ]);
    in
    b.concatStringsSep "\n\n" paragraphs;

  # Collects the modules reachable from `modules` through imports, drops
  # disabled ones, and deduplicates by key (first occurrence in
  # breadth-first order wins).
  collectModules = class:
    let
      load = args: fallbackFile: fallbackKey: mod:
        if isCallable mod then
          normalizeModule fallbackFile fallbackKey (callModule fallbackKey mod args)
        else if b.isAttrs mod then
          let tag = mod._type or "module"; in
          if tag == "module" then normalizeModule fallbackFile fallbackKey mod
          else if tag == "if" || tag == "override" then load args fallbackFile fallbackKey { config = mod; }
          else throw (notAModuleMessage {
            inherit fallbackFile;
            value = mod;
            _type = mod._type;
            expectedClass = class;
            prefix = args._prefix;
          })
        else if b.isList mod then
          throw "Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions: ${showDefs [ { file = fallbackFile; value = mod; } ]}"
        else
          normalizeModule (toString mod) (toString mod)
            (callModuleIfFunction (toString mod) (import mod) args);

      classOk =
        if class == null then mod: mod
        else mod:
          if mod._class == null || mod._class == class then mod
          else throw ''
            The module `${mod._file or mod.key}` (class: ${quoteString mod._class}) cannot be imported into a module evaluation that expects class ${quoteString class}.

            Help:
            - Ensure that you are importing the correct module.
            - Verify that the module's `_class`, ${quoteString mod._class} matches the expected `class` ${quoteString class}.
            - If you are using a custom class, make sure it is correctly defined and used consistently across your modules.
          '';

      # The key a disabledModules entry refers to.
      disabledKey = modulesPath: file: d:
        if b.isString d then
          (if b.substring 0 1 d == "/" then d else toString modulesPath + "/" + d)
        else if isConvertible d then
          (if d ? key && d.key != toString d then
            throw "Module `${file}` contains a disabledModules item that is an attribute set that can be converted to a string (${toString d}) but also has a `.key` attribute (${d.key}) with a different value. This makes it ambiguous which module should be disabled."
          else toString d)
        else if d ? key then d.key
        else if b.isAttrs d then
          throw "Module `${file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."
        else
          throw "Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in `${toString file}` is none of that, but is of type ${b.typeOf d}.";

      disabledTest = modulesPath: disabled:
        let keys = b.concatMap ({ file, disabled }: map (disabledKey modulesPath file) disabled) disabled; in
        node: b.elem node.key keys;

      # A tree of { key; module; modules; disabled; } nodes.
      gather = parentFile: parentKey: mods: args:
        let
          nodes = imap1 (i: x:
            let
              mod = classOk (load args parentFile "${parentKey}:anon-${toString i}" x);
              below = gather mod._file mod.key mod.imports args;
            in
            {
              key = mod.key;
              module = mod;
              modules = below.modules;
              disabled =
                (if mod.disabledModules != [ ] then [ { file = mod._file; disabled = mod.disabledModules; } ] else [ ])
                ++ below.disabled;
            }) mods;
        in
        {
          disabled = b.concatLists (map (n: n.disabled) nodes);
          modules = nodes;
        };

      flatten = modulesPath: { disabled, modules }:
        let
          off = disabledTest modulesPath disabled;
          keep = b.filter (n: !off n);
        in
        map (n: n.module) (b.genericClosure {
          startSet = keep modules;
          operator = n: keep n.modules;
        });

      graphOf = modulesPath: { disabled, modules }:
        let
          off = disabledTest modulesPath disabled;
          node = n: {
            disabled = off n;
            inherit (n) key;
            file = n.module._file;
            imports = map node n.modules;
          };
        in
        map node (b.filter (n: n.key != internalFile) modules);
    in
    modulesPath: initial: args: {
      modules = flatten modulesPath (gather unknownModule "" initial args);
      graph = graphOf modulesPath (gather unknownModule "" initial args);
    };

  # --- merging declarations and definitions ---------------------------------

  # Like pushDownProperties, but each result also remembers the attribute
  # set its attributes were written in (for definition positions). An
  # `mkIf` is pushed down as `cfg // { content = …; }`, the same value as
  # `mkIf cfg.condition …`, keeping the source position `mkIf` recorded
  # for the condition.
  pushDownTracked = cfg:
    let
      tag = cfg._type or "";
      over = f: item: item // {
        config = if b.isAttrs item.config then b.mapAttrs (n: v: f v) item.config else item.config;
      };
    in
    if tag == "merge" then b.concatMap pushDownTracked cfg.contents
    else if tag == "if" then map (over (content: cfg // { inherit content; })) (pushDownTracked cfg.content)
    else if tag == "override" then map (over (api.mkOverride cfg.priority)) (pushDownTracked cfg.content)
    else [ { config = cfg; source = cfg; } ];

  mergeModulesWithDefs = prefix: modules: configs:
    let
      declsByName = zipAttrs (map (mod:
        let tree = mod.options; in
        if !b.isAttrs tree then
          throw ''
            An option declaration for `${b.concatStringsSep "." prefix}' has type
            `${b.typeOf tree}' rather than an attribute set.
            Did you mean to define this outside of `options'?
          ''
        else
          b.mapAttrs (n: decl: {
            inherit (mod) _file;
            pos = b.unsafeGetAttrPos n tree;
            options = decl;
          }) tree) modules);

      checkedConfigs =
        assert b.all (c:
          b.isAttrs c.config || throw ''
            In module `${c.file}', you're trying to define a value of type `${b.typeOf c.config}'
            rather than an attribute set for the option
            `${b.concatStringsSep "." prefix}'!

            This usually happens if `${b.concatStringsSep "." prefix}' has option
            definitions inside that are not matched. Please check how to properly define
            this option by e.g. referring to `man 5 configuration.nix'!
          '') configs;
        configs;

      # name -> definitions one level down (properties pushed into them)
      nestedDefsByName = b.zipAttrsWith (n: b.concatLists) (map (c:
        b.mapAttrs (n: v: map (item: { inherit (c) file; inherit (item) config source; }) (pushDownTracked v)) c.config
      ) checkedConfigs);

      # name -> definitions of the option at this name, with positions
      trackedDefsByName = zipAttrs (map (c:
        b.mapAttrs (n: v: {
          inherit (c) file;
          value = v;
          pos = b.unsafeGetAttrPos n (c.source or c.config);
        }) c.config) checkedConfigs);

      rawDefsByName = b.mapAttrs (n: map (d: { inherit (d) file value; })) trackedDefsByName;

      # An option tree merged into a submodule option.
      treeAsOption = decl:
        if isOption decl.options then decl
        else decl // {
          options = mkOption {
            type = t.submoduleWith {
              modules = [ { options = decl.options; } ];
              shorthandOnlyDefinesConfig = null;
            };
          };
        };

      resultsByName = b.mapAttrs (name: decls:
        let
          loc = prefix ++ [ name ];
          nested = nestedDefsByName.${name} or [ ];
          direct = rawDefsByName.${name} or [ ];
          tracked = trackedDefsByName.${name} or [ ];
          optionDecls = b.filter (d:
            d.options ? _type
            && (d.options._type == "option" || declarationTypeError loc d.options._type d._file)) decls;
          asOption = ds: {
            matchedOptions = evalOption loc (api.fixupOptionType loc (api.mergeOptionDecls loc ds)) direct tracked;
            unmatchedDefns = [ ];
          };
        in
        if b.length optionDecls == b.length decls then asOption decls
        else if optionDecls != [ ] then
          if b.all (d: d.options.type.name or null == "submodule") optionDecls then asOption (map treeAsOption decls)
          else
            let
              others = b.filter (d: !isOption d.options) decls;
              listing = b.concatStringsSep "\n" (b.sort (x: y: x < y) (b.concatMap (d:
                map (p: " - option(s) with prefix `${showOption (loc ++ [ p ])}' in module `${d._file}'")
                  (b.attrNames d.options)) others));
            in
            throw "The option `${showOption loc}' in module `${(b.head optionDecls)._file}' would be a parent of the following options, but its type `${(b.head optionDecls).options.type.description or "<no description>"}' does not support nested options.\n${listing}"
        else mergeModulesWithDefs loc decls nested
      ) declsByName;

      matchedOptions = b.mapAttrs (n: r: r.matchedOptions) resultsByName;

      unmatchedByName =
        b.mapAttrs (n: r: r.unmatchedDefns) resultsByName
        // b.removeAttrs rawDefsByName (b.attrNames matchedOptions);
    in
    {
      inherit matchedOptions;
      unmatchedDefns =
        if configs == [ ] then [ ]
        else b.concatLists (map (n:
          map (d: d // { prefix = [ n ] ++ (d.prefix or [ ]); }) unmatchedByName.${n}
        ) (b.attrNames unmatchedByName));
    };

  declarationTypeError = loc: actualTag: file:
    let
      name = quoteIdent (lastOf loc);
      comment = if b.length loc > 1 then "\n    # ${showOption loc}" else "";
      paragraphs = [
        "In module ${file}: expected an option declaration at option path `${showOption loc}` but got an attribute set with type ${actualTag}"
      ] ++ (if actualTag == "option-type" then [
        ''
          When declaring an option, you must wrap the type in a `mkOption` call. It should look somewhat like:
              ${comment}
              ${name} = lib.mkOption {
                description = ...;
                type = <the type you wrote for ${name}>;
                ...
              };
        ''
      ] else [ ]);
    in
    throw (b.concatStringsSep "\n\n" paragraphs);

  # Like dischargeProperties (and forcing exactly what it forces), but each
  # result also carries the `mkIf` conditions it sat under, outermost
  # first, and a false condition gives one result with `inEffect = false`
  # whose content is never looked at.
  dischargeTracked = conditions: def:
    let tag = def._type or ""; in
    if tag == "merge" then b.concatMap (dischargeTracked conditions) def.contents
    else if tag == "if" then
      let inner = conditions ++ [ (provenance.attrSource "condition" def) ]; in
      if b.isBool def.condition then
        (if def.condition then dischargeTracked inner def.content
         else [ { value = null; conditions = inner; inEffect = false; } ])
      else throw "‘mkIf’ called with a non-Boolean condition"
    else [ { value = def; inherit conditions; inEffect = true; } ];

  # The position, priority and conditions of each definition, for
  # `vmcmd explain`: `conditions` has one entry per `mkIf` the definition
  # sat under, outermost first: `{ file, line, column, text }` where the
  # condition is written, or null when it was not a plain expression
  # (a literal, a variable already evaluated). Definitions dropped by a
  # false condition are listed with `inEffect = false` and priority null.
  positionsOf = tracked: b.concatMap (d:
    map (v: {
      file = if d.pos != null then d.pos.file else d.file;
      line = if d.pos != null then d.pos.line else null;
      column = if d.pos != null then d.pos.column else null;
      priority =
        if !v.inEffect then null
        else if v.value._type or "" == "override" then v.value.priority
        else defaultOverridePriority;
      inherit (v) conditions inEffect;
    }) (dischargeTracked [ ] d.value)) tracked;

  evalOption = loc: opt: defs: tracked:
    api.evalOptionValue loc opt defs // {
      definitionPositions = positionsOf tracked;
    };

  # --- the public functions --------------------------------------------------

  private = b.mapAttrs (k:
    warn "External use of `lib.modules.${k}` is deprecated. If your use case isn't covered by non-deprecated functions, we'd like to know more and perhaps support your use case well, instead of providing access to these low level functions. In this case please open an issue in https://github.com/nixos/nixpkgs/issues/."
  ) {
    applyModuleArgsIfFunction = callModuleIfFunction;
    inherit (api) dischargeProperties pushDownProperties;
    mergeModules = api.mergeModulesPrivate;
    "mergeModules'" = mergeModulesWithDefs;
    unifyModuleSyntax = normalizeModule;
    collectModules = collectModules null;
  };

  api = {
    inherit defaultOrderPriority defaultOverridePriority;

    evalModules =
      evalArgs@{ modules
      , prefix ? [ ]
      , specialArgs ? { }
      , class ? null
      , args ? { }
      , check ? true
      }:
      let
        announce = x:
          warnIf (evalArgs ? args) "The args argument to evalModules is deprecated. Please set config._module.args instead."
            (warnIf (evalArgs ? check) "The check argument to evalModules is deprecated. Please set config._module.check instead." x);

        legacy =
          (if evalArgs ? args then [ { config._module.args = args; } ] else [ ])
          ++ (if evalArgs ? check then [ { config._module.check = api.mkDefault check; } ] else [ ]);
        given = modules ++ legacy;

        # Declares `_module.*`; a fresh copy per evaluation.
        builtinModule = {
          _file = internalFile;
          key = internalFile;
          options._module = {
            args = mkOption {
              type = t.lazyAttrsOf t.raw;
              ${if prefix == [ ] then null else "internal"} = true;
              description = ''
                Additional arguments passed to each module, besides `lib`, `config`,
                `options`, `specialArgs` and the attributes of `specialArgs`.
                Submodules neither inherit these from their parent nor pass them
                up, except for `name`, which a parent gives to each submodule.
              '';
            };
            check = mkOption {
              type = t.bool;
              internal = true;
              default = true;
              description = "Whether to check whether all option definitions have matching declarations.";
            };
            freeformType = mkOption {
              type = t.nullOr t.optionType;
              internal = true;
              default = null;
              description = ''
                The type used to merge definitions that have no option, or null
                to reject them (unless `_module.check` is off).
              '';
            };
            specialArgs = mkOption {
              readOnly = true;
              internal = true;
              description = ''
                Arguments given to evalModules as `specialArgs`; they can be used in imports.
              '';
            };
          };
          config._module = {
            args = {
              inherit extendModules;
              moduleType = type;
            };
            specialArgs = specialArgs;
          };
        };

        collect = { }:
          collectModules class (specialArgs.modulesPath or "") (given ++ [ builtinModule ]) ({
            inherit lib options specialArgs;
            _class = class;
            _prefix = prefix;
            config = b.addErrorContext "if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect." config;
          } // specialArgs);

        merged = api.mergeModulesPrivate prefix (reversed (collect { }).modules);

        options = merged.matchedOptions;

        declared = mapTree (v: !isOption v) (_: v: v.value) options;

        config =
          let
            freeDefs = map (d: { file = d.file; value = setAtPath d.prefix d.value; }) merged.unmatchedDefns;
            free = if freeDefs == [ ] then { } else declared._module.freeformType.merge prefix freeDefs;
          in
          if declared._module.freeformType == null then declared else deepUpdate free declared;

        unmatchedError =
          let
            first = b.head merged.unmatchedDefns;
            optText = showOption (prefix ++ first.prefix);
            defText =
              b.addErrorContext "while evaluating the error message for definitions for `${optText}', which is an option that does not exist"
                (b.addErrorContext "while evaluating a definition from `${first.file}'" (showDefs [ first ]));
            parentAbs = initOf (prefix ++ first.prefix);
            parentRel = initOf first.prefix;
            siblings = b.attrNames (getAtPath parentRel { } options);
            candidates = if parentRel == [ ] then b.filter (x: x != "_module") siblings else siblings;
            wrong = lastOf first.prefix;
            close =
              if b.length candidates < 100 then firstN 3 (sortByKey (editDistance wrong) candidates)
              else firstN 3 (sortByKey (editDistance wrong) (b.filter (c: editDistance wrong c <= 2) candidates));
            quoted = s: "`${showOption (parentAbs ++ [ s ])}'";
            hint =
              if close == [ ] then ""
              else if b.length close == 1 then "\n\nDid you mean ${quoted (b.head close)}?"
              else "\n\nDid you mean ${b.concatStringsSep ", " (map quoted (initOf close))} or ${quoted (lastOf close)}?";
            msg = "The option `${optText}' does not exist. Definition values:${defText}${hint}";
          in
          if b.attrNames options == [ "_module" ] then
            if showOption prefix == "" then
              throw ''
                ${msg}

                It seems as if you're trying to declare an option by placing it into `config' rather than `options'!
              ''
            else
              throw ''
                ${msg}

                However there are no options defined in `${showOption prefix}'. Are you sure you've
                declared your options properly? This can happen if you e.g. declared your options in `types.submodule'
                under `config' rather than `options'.
              ''
          else throw msg;

        checkUnmatched =
          if config._module.check && config._module.freeformType == null && merged.unmatchedDefns != [ ]
          then unmatchedError
          else null;

        checked = b.seq checkUnmatched;

        extendModules =
          extendArgs@{ modules ? [ ], specialArgs ? { }, prefix ? [ ] }:
          api.evalModules (evalArgs // {
            modules = given ++ modules;
            specialArgs = evalArgs.specialArgs or { } // specialArgs;
            prefix = extendArgs.prefix or evalArgs.prefix or [ ];
          });

        type = t.submoduleWith { inherit modules specialArgs class; };
      in
      announce {
        _type = "configuration";
        options = checked options;
        config = checked (b.removeAttrs config [ "_module" ]);
        _module = checked config._module;
        inherit (collect { }) graph;
        inherit extendModules type class;
      };

    setDefaultModuleLocation = file: m: { _file = file; imports = [ m ]; };

    mergeModulesPrivate = prefix: modules:
      mergeModulesWithDefs prefix modules (b.concatMap (mod:
        map (item: { file = mod._file; inherit (item) config source; }) (pushDownTracked mod.config)) modules);

    # Combines the declarations of one option: at most one of them may give
    # each of default/example/description/apply, and types must merge.
    mergeOptionDecls = loc: decls:
      b.foldl' (acc: decl:
        let
          declared = decl.options;
          alreadyDeclared = throw "The option `${showOption loc}' in `${decl._file}' is already declared in ${showFiles acc.declarations}.";
          withWrapped = ty: ty // {
            functor = ty.functor // { wrapped = ty.functor.wrappedDeprecationMessage { inherit loc; }; };
          };
          typePart =
            if !(declared ? type) then { }
            else if acc ? type then
              let mergedType = acc.type.typeMerge declared.type.functor; in
              if mergedType == null then alreadyDeclared
              else { type = if mergedType ? functor.wrappedDeprecationMessage then withWrapped mergedType else mergedType; }
            else if declared.type ? functor.wrappedDeprecationMessage then { type = withWrapped declared.type; }
            else { };
          clash = k: declared ? ${k} && acc ? ${k};
          subs = declared.type.getSubModules or null;
        in
        if clash "default" || clash "example" || clash "description" || clash "apply" then alreadyDeclared
        else
          declared // acc // {
            declarations = acc.declarations ++ [ decl._file ];
            declarationPositions = acc.declarationPositions ++ [
              (if decl.pos != null then decl.pos else { file = decl._file; line = null; column = null; })
            ];
            options = if subs != null then map (api.setDefaultModuleLocation decl._file) subs ++ acc.options else acc.options;
          } // typePart
      ) { inherit loc; declarations = [ ]; declarationPositions = [ ]; options = [ ]; } decls;

    # Computes an option's value from its declaration and definitions.
    evalOptionValue = loc: opt: defs:
      let
        allDefs =
          if opt ? default then [ { file = b.head opt.declarations; value = api.mkOptionDefault opt.default; } ] ++ defs
          else defs;
        res =
          if opt.readOnly or false && b.length allDefs > 1 then
            let separately = map (d: d // { value = (api.mergeDefinitions loc opt.type [ d ]).mergedValue; }) allDefs; in
            throw "The option `${showOption loc}' is read-only, but it's set multiple times. Definition values:${showDefs separately}"
          else api.mergeDefinitions loc opt.type allDefs;
        value = if opt ? apply then opt.apply res.mergedValue else res.mergedValue;
        deprecation =
          warnIf (opt.type.deprecationMessage != null)
            "The type `types.${opt.type.name}' of option `${showOption loc}' defined in ${showFiles opt.declarations} is deprecated. ${opt.type.deprecationMessage}";
      in
      deprecation opt // {
        value = b.addErrorContext "while evaluating the option `${showOption loc}':" value;
        inherit (res.defsFinal') highestPrio;
        definitions = map (d: d.value) res.defsFinal;
        files = map (d: d.file) res.defsFinal;
        definitionsWithLocations = res.defsFinal;
        # vmcmd: the final definitions from the files `pred` accepts, with
        # the others never evaluated (their mkIf conditions may need
        # options vmcmd does not model)
        vmcmdDefinitionsFrom = pred: (api.mergeDefinitions loc opt.type (b.filter (d: pred (toString d.file)) allDefs)).defsFinal;
        inherit (res) isDefined;
        inherit (res.checkedAndMerged) valueMeta;
        __toString = _: showOption loc;
      };

    # Applies mkIf/mkMerge, keeps the highest-priority definitions, sorts by
    # order, then type-checks and merges.
    mergeDefinitions = loc: type: defs: rec {
      defsFinal' =
        let
          single = b.length defs == 1 && (
            let d = b.head defs; in
            b.addErrorContext "while evaluating definitions from `${d.file}':" (!(b.isAttrs d.value && d.value ? _type)));
          expanded = b.concatMap (d:
            map (v: if v._type or null == "definition" then v else { inherit (d) file; value = v; })
              (b.addErrorContext "while evaluating definitions from `${d.file}':" (api.dischargeProperties d.value))
          ) defs;
          filtered = api."filterOverrides'" expanded;
          ordered =
            if b.any (d: d.value._type or "" == "order") filtered.values then api.sortProperties filtered.values
            else filtered.values;
        in
        if single then { values = defs; highestPrio = defaultOverridePriority; }
        else { values = ordered; inherit (filtered) highestPrio; };

      defsFinal = defsFinal'.values;

      mergedValue =
        if isDefined then
          if type.merge ? v2 then
            if checkedAndMerged.headError or null != null then
              throw "A definition for option `${showOption loc}' is not of type `${type.description}'. TypeError: ${checkedAndMerged.headError.message}"
            else checkedAndMerged.value
          else if b.all (d: type.check d.value) defsFinal then type.merge loc defsFinal
          else
            let bad = b.filter (d: !type.check d.value) defsFinal; in
            throw "A definition for option `${showOption loc}' is not of type `${type.description}'. Definition values:${showDefs bad}"
        else if type.emptyValue ? value then type.emptyValue.value
        else throw "The option `${showOption loc}' was accessed but has no value defined. Try setting the option.";

      checkedAndMerged =
        let
          shaped = { headError, value, valueMeta }@r: r;
        in
        shaped (
          if type.merge ? v2 then
            let
              r =
                if type.check.isV2MergeCoherent or false then type.merge.v2 { inherit loc; defs = defsFinal; }
                else throw ''
                  The option `${showOption loc}' has a type `${type.description}' that uses
                  an ad-hoc `type // { check = ...; }' override, which is incompatible with
                  the v2 merge mechanism.

                  Please use `lib.types.addCheck` instead of `type // { check }' to add
                  custom validation. For example:

                    lib.types.addCheck baseType (value: /* your check */)

                  instead of:

                    baseType // { check = value: /* your check */; }

                  Alternatively, this message may also occur as false positive when mixing Nixpkgs
                  versions, if one Nixpkgs is between 83fed2e6..58696117 (Aug 28 - Oct 28 2025)
                '';
            in
            r // { valueMeta = r.valueMeta // { _internal = { inherit type; }; }; }
          else { headError = null; value = mergedValue; valueMeta = { }; });

      isDefined = defsFinal != [ ];

      optionalValue = if isDefined then { value = mergedValue; } else { };
    };

    # Expands mkMerge and pushes mkIf/mkOverride into the attributes of a
    # module's config, so conditions can refer to the configuration.
    pushDownProperties = cfg: map (item: item.config) (pushDownTracked cfg);

    # Expands mkMerge and evaluates mkIf conditions.
    dischargeProperties = def:
      let tag = def._type or ""; in
      if tag == "merge" then b.concatMap api.dischargeProperties def.contents
      else if tag == "if" then
        if b.isBool def.condition then
          (if def.condition then api.dischargeProperties def.content else [ ])
        else throw "‘mkIf’ called with a non-Boolean condition"
      else [ def ];

    filterOverrides = defs: (api."filterOverrides'" defs).values;

    "filterOverrides'" =
      let
        prioOf = d: if d.value._type or "" == "override" then d.value.priority else defaultOverridePriority;
        unwrap = d: if d.value._type or "" == "override" then d // { value = d.value.content; } else d;
      in
      defs:
      if b.length defs == 1 then { values = map unwrap defs; highestPrio = prioOf (b.head defs); }
      else
        let best = b.foldl' (acc: d: let p = prioOf d; in if p < acc then p else acc) 9999 defs; in
        {
          values = b.concatMap (d: if prioOf d == best then [ (unwrap d) ] else [ ]) defs;
          highestPrio = best;
        };

    sortProperties = defs:
      let
        unwrap = d:
          if d.value._type or "" == "order"
          then d // { value = d.value.content; inherit (d.value) priority; }
          else d;
      in
      b.sort (x: y: (x.priority or defaultOrderPriority) < (y.priority or defaultOrderPriority)) (map unwrap defs);

    fixupOptionType = loc: opt:
      if opt.type.getSubModules or null == null then opt // { type = opt.type or t.unspecified; }
      else opt // { type = opt.type.substSubModules opt.options; options = [ ]; };

    mergeAttrDefinitionsWithPrio = opt:
      let
        byAttr = zipAttrs (b.concatLists (b.concatMap ({ value, ... }@def:
          map (cfg: map (k: { ${k} = def // { value = cfg.${k}; }; }) (b.attrNames cfg))
            (api.pushDownProperties value)) opt.definitionsWithLocations));
      in
      assert opt.type.name == "attrsOf" || opt.type.name == "lazyAttrsOf";
      b.mapAttrs (k: ds:
        let r = api.mergeDefinitions (opt.loc ++ [ k ]) opt.type.nestedTypes.elemType ds; in
        { value = r.mergedValue; inherit (r.defsFinal') highestPrio; }) byAttr;

    # --- properties ----------------------------------------------------------

    mkIf = condition: content: provenance.markSource "condition" { _type = "if"; inherit condition content; };

    mkAssert = assertion: message: content:
      api.mkIf (if assertion then true else throw "\nFailed assertion: ${message}") content;

    mkMerge = contents: { _type = "merge"; inherit contents; };

    mkDefinition = args@{ file, value, ... }: args // { _type = "definition"; };

    mkOverride = priority: content: { _type = "override"; inherit priority content; };

    mkOptionDefault = api.mkOverride 1500;
    mkDefault = api.mkOverride 1000;
    mkImageMediaOverride = api.mkOverride 60;
    mkForce = api.mkOverride 50;
    mkVMOverride = api.mkOverride 10;

    mkFixStrictness = warn "lib.mkFixStrictness has no effect and will be removed. It returns its argument unmodified, so you can just remove any calls." (x: x);

    mkOrder = priority: content: { _type = "order"; inherit priority content; };
    mkBefore = api.mkOrder 500;
    mkAfter = api.mkOrder 1500;

    mkAliasDefinitions = api.mkAliasAndWrapDefinitions (x: x);
    mkAliasAndWrapDefinitions = wrap: option: api.mkIf option.isDefined (wrap (api.mkMerge option.definitions));
    mkAliasAndWrapDefsWithPriority = wrap: option:
      let prio = option.highestPrio or defaultOverridePriority; in
      api.mkIf option.isDefined (wrap (api.mkMerge (map (api.mkOverride prio) option.definitions)));

    mkAliasIfDef = warn "Usage of 'mkAliasIfDef' has been deprecated. Use 'mkIf option.isDefined' instead."
      (option: api.mkIf option.isDefined);

    fixMergeModules = modules: args: api.evalModules { inherit modules args; check = false; };

    # --- helper modules for changed options ------------------------------------

    mkRemovedOptionModule = optionName: replacementInstructions: { options, ... }: {
      options = setAtPath optionName (mkOption {
        visible = false;
        apply = x: throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${replacementInstructions}";
      });
      config.assertions =
        let opt = getAtPathOrAbort optionName options; in
        [
          {
            assertion = !opt.isDefined;
            message = ''
              The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.
              ${replacementInstructions}
            '';
          }
        ];
    };

    mkRenamedOptionModule = from: to: api.doRename {
      inherit from to;
      visible = false;
      warn = true;
      use = b.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
    };

    mkRenamedOptionModuleWith = { from, to, sinceRelease }:
      let active = sinceRelease <= oldestSupportedRelease; in
      api.doRename {
        inherit from to;
        visible = false;
        warn = active;
        use = warnIf active "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
      };

    mkMergedOptionModule = from: to: mergeFn: { config, options, ... }: {
      options = b.foldl' (acc: p: deepUpdate acc p) { } (map (path:
        setAtPath path (mkOption {
          visible = false;
          default = "_mkMergedOptionModule";
        })) from);
      config = {
        warnings = b.filter (x: x != "") (map (f:
          let
            val = getAtPathOrAbort f config;
            opt = getAtPathOrAbort f options;
          in
          if val != "_mkMergedOptionModule" then
            "The option `${showOption f}' defined in ${showFiles opt.files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly."
          else "") from);
      } // setAtPath to (api.mkMerge (
        if b.any (f: getAtPathOrAbort f config != "_mkMergedOptionModule") from then [ (mergeFn config) ] else [ ]));
    };

    mkChangedOptionModule = from: to: changeFn: api.mkMergedOptionModule [ from ] to changeFn;

    mkAliasOptionModule = from: to: api.doRename {
      inherit from to;
      visible = true;
      warn = false;
      use = x: x;
    };

    mkAliasOptionModuleMD = warn "mkAliasOptionModuleMD is deprecated and will be removed in 26.05; please use mkAliasOptionModule." api.mkAliasOptionModule;

    mkDerivedConfig = opt: f: api.mkOverride (opt.highestPrio or defaultOverridePriority) (f opt.value);

    # A module declaring option `from` as an alias whose definitions are
    # forwarded to `to`.
    doRename = { from, to, visible, warn, use, withPriority ? true, condition ? true }:
      { config, options, ... }:
      let
        fromOpt = getAtPathOrAbort from options;
        target = getAtPath to (abort "Renaming error: option `${showOption to}' does not exist.");
        targetType = (getAtPath to { } options).type or (t.submodule { });
      in
      {
        options = setAtPath from (mkOption {
          inherit visible;
          description = "Alias of {option}`${showOption to}`.";
          apply = x: use (target config);
        } // (if targetType != null then { type = targetType; } else { }));
        config = api.mkIf condition (api.mkMerge [
          (if options ? warnings then {
            warnings =
              if warn && fromOpt.isDefined
              then [ "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'." ]
              else [ ];
          } else { })
          (if withPriority
            then api.mkAliasAndWrapDefsWithPriority (setAtPath to) fromOpt
            else api.mkAliasAndWrapDefinitions (setAtPath to) fromOpt)
        ]);
      };

    importApply = modulePath: staticArg: api.setDefaultModuleLocation modulePath (import modulePath staticArg);

    importJSON = file: { _file = file; config = b.fromJSON (b.readFile file); };
    importTOML = file: { _file = file; config = b.fromTOML (b.readFile file); };
  };
in
private // b.removeAttrs api [ "mergeModulesPrivate" ]
