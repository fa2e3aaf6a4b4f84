# Option types for the module system (behaviour of nixpkgs lib.types):
# every type is an attribute set tagged "option-type" with a name, a
# description, a `check` predicate and a `merge` function. Composite
# types implement the "v2" merge protocol (`merge.v2` returning
# `{ headError; value; valueMeta; }`) so that checking and merging share
# one traversal.
#
# Only builtins, lib.options and lib.modules are used here.
{ lib }:
let
  b = builtins;
  o = lib.options;
  m = lib.modules;

  # --- local helpers -------------------------------------------------------

  # Like lib.foldl': the initial accumulator is forced first.
  foldl' = op: acc: b.seq acc (b.foldl' op acc);
  isCallable = f: b.isFunction f || (f ? __functor && isCallable (f.__functor f));
  argsOf = f: if f ? __functor then f.__functionArgs or (argsOf (f.__functor f)) else b.functionArgs f;
  lastOf = l: b.elemAt l (b.length l - 1);
  asList = x: if b.isList x then x else [ x ];
  dedup = b.foldl' (acc: x: if b.elem x acc then acc else acc ++ [ x ]) [ ];
  keepAttrs = pred: set: b.removeAttrs set (b.filter (n: !pred n set.${n}) (b.attrNames set));
  quoteString = s: b.replaceStrings [ "$" ] [ "\\$" ] (b.toJSON s);
  nixKeywords = [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ];
  quoteIdent = s:
    if b.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !b.elem s nixKeywords then s else quoteString s;
  isStringLike = x: b.isString x || b.isPath x || x ? outPath || x ? __toString;
  isDrv = v: v.type or null == "derivation";
  showBool = x: if x then "true" else "false";
  ensure = cond: msg: cond || b.throw msg;

  warn = msg: v:
    let abortOnWarn = b.elem (b.getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ]; in
    if abortOnWarn then
      b.trace "[1;31mevaluation warning:[0m ${msg}"
        (abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors.")
    else b.trace "[1;35mevaluation warning:[0m ${msg}" v;

  # A string or path naming a store object (or a path inside one).
  isStorePath = x:
    if isStringLike x then
      let s = toString x; in
      b.substring 0 1 s == "/" && (dirOf s == b.storeDir || b.match "/[0-9a-z]{52}" s != null)
    else false;
  underStore = p:
    let
      s = toString p;
      dir = b.storeDir;
      n = b.stringLength dir;
      rest = b.substring (n + 1) (-1) s;
      first = b.head (b.split "/" rest);
    in
    (b.substring 0 (n + 1) s == dir + "/" && rest != "" && b.match ".{32}-.+" first != null)
    || b.match "/[0-9a-z]{52}(/.*)?" s != null;

  storePathToDrv = p:
    let
      sp = b.storePath p;
      base = b.substring 33 (-1) (baseNameOf sp);
      name =
        if b.stringLength base <= 207 && b.match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*" base != null
        then b.unsafeDiscardStringContext base
        else
          let
            noCtx = b.unsafeDiscardStringContext base;
            noDots = b.head (b.match "\\.*(.*)" noCtx);
            cleaned = b.concatStringsSep "" (map (s: if b.isList s then "-" else s)
              (b.split "[^[:alnum:]+._?=-]+" noDots));
            len = b.stringLength cleaned;
            cut = b.substring (if len - 207 > 0 then len - 207 else 0) (-1) cleaned;
          in
          if cut == "" then "unknown" else cut;
      drv = { type = "derivation"; inherit name; outPath = sp; outputs = [ "out" ]; out = drv; outputName = "out"; };
    in
    drv;

  # "Definition values: …" for the definitions that fail `check`, or null.
  invalidDefsError = check: loc: defs:
    let bad = b.filter (d: !check d.value) defs; in
    if bad == [ ] then null else { message = "Definition values: ${o.showDefs bad}"; };

  # Types that use merge.v2 must not have had their `check` replaced ad hoc.
  requireCoherent = loc: type: result:
    if type.check.isV2MergeCoherent or false then result
    else throw ''
      The option `${o.showOption loc}' has a type `${type.description}' that uses
      an ad-hoc `type // { check = ...; }' override, which is incompatible with
      the v2 merge mechanism.

      Please use `lib.types.addCheck` instead of `type // { check }' to add
      custom validation. For example:

        lib.types.addCheck baseType (value: /* your check */)

      instead of:

        baseType // { check = value: /* your check */; }
    '';

  # Runs a type's merge in the v2 shape, whatever protocol it implements.
  mergeV2 = type: loc: defs:
    if type.merge ? v2 then requireCoherent loc type (type.merge.v2 { inherit loc defs; })
    else {
      value = type.merge loc defs;
      headError = invalidDefsError type.check loc defs;
      valueMeta = { };
    };

  # A check predicate / merge function usable both ways.
  coherentCheck = f: { __functor = _: f; isV2MergeCoherent = true; };
  v2Merge = v2: { __functor = self: loc: defs: (self.v2 { inherit loc defs; }).value; inherit v2; };

  # Functors of types that wrap one element type.
  deprecatedWrapped = payload: { loc }:
    warn ''
      The deprecated `${if loc != null then "type." else ""}functor.wrapped` attribute ${
        if loc != null then "of the option `${o.showOption loc}` " else ""
      }is accessed, use `${if loc != null then "type." else ""}nestedTypes.elemType` instead.
    '' payload.elemType;
  wrapperFunctor = name: payload: {
    inherit name payload;
    wrappedDeprecationMessage = deprecatedWrapped payload;
    type = lib.types.${name};
    binOp = l: r:
      let e = l.elemType.typeMerge r.elemType.functor; in
      if e == null then null else { elemType = e; };
  };

  phrase = self.optionDescriptionPhrase;
  nounish = c: c == "noun";
  nounOrComposite = c: c == "noun" || c == "composite";
  nounOrConjunction = c: c == "noun" || c == "conjunction";

  self = {
    isType = tag: x: (x._type or "") == tag;
    setType = tag: value: value // { _type = tag; };
    isOptionType = self.isType "option-type";

    # Merges two types of the same kind, or returns null.
    defaultTypeMerge = f: f':
      let
        payloadPresent =
          assert (f'.payload != null) == (f.payload != null);
          f.payload != null;
        wrappedPresent =
          let has = s: s ? wrapped && s.wrapped != null; in
          assert has f' == has f;
          has f;
        fromPayload = let p = f.binOp f.payload f'.payload; in if p == null then null else f.type p;
        fromWrapped = let w = f.wrapped.typeMerge f'.wrapped.functor; in if w == null then null else f.type w;
      in
      if f.name != f'.name then null
      else if payloadPresent then
        if f ? wrappedDeprecationMessage then fromPayload
        else if wrappedPresent then
          throw ''
            Type ${f.name} defines both `functor.payload` and `functor.wrapped` at the same time, which is not supported.
            Use either `functor.payload` or `functor.wrapped` but not both.
            If your code worked before remove either `functor.wrapped` or `functor.payload` from the type definition.
          ''
        else fromPayload
      else if wrappedPresent then fromWrapped
      else f.type;

    defaultFunctor = name: {
      inherit name;
      type = lib.types.${name} or null;
      wrapped = null;
      payload = null;
      binOp = l: r: null;
    };

    mkOptionType =
      { name
      , description ? null
      , descriptionClass ? null
      , check ? (x: true)
      , merge ? o.mergeDefaultOption
      , emptyValue ? { }
      , getSubOptions ? prefix: { }
      , getSubModules ? null
      , substSubModules ? mods: null
      , typeMerge ? self.defaultTypeMerge functor
      , functor ? self.defaultFunctor name
      , deprecationMessage ? null
      , nestedTypes ? { }
      }: {
        _type = "option-type";
        inherit name check merge emptyValue getSubOptions getSubModules substSubModules
          typeMerge deprecationMessage nestedTypes descriptionClass;
        functor =
          if functor ? wrappedDeprecationMessage
          then functor // { wrapped = functor.wrappedDeprecationMessage { loc = null; }; }
          else functor;
        description = if description == null then name else description;
      };

    optionDescriptionPhrase = unparenthesize: t:
      if unparenthesize (t.descriptionClass or null) then t.description else "(${t.description})";

    noCheckForDocsModule = {
      config._module.check = m.mkForce false;
      _file = "<built-in module that disables checks for the purpose of documentation generation>";
    };

    # --- basic types ---------------------------------------------------------

    raw = self.mkOptionType {
      name = "raw";
      description = "raw value";
      descriptionClass = "noun";
      check = v: true;
      merge = o.mergeOneOption;
    };

    anything = self.mkOptionType {
      name = "anything";
      description = "anything";
      descriptionClass = "noun";
      check = v: true;
      merge = loc: defs:
        let
          kind = v: if b.isAttrs v && isStringLike v then "stringCoercibleSet" else b.typeOf v;
          common = foldl' (k: d:
            if kind d.value == k then k
            else throw "The option `${o.showOption loc}' has conflicting option types in ${o.showFiles (o.getFiles defs)}"
          ) (kind (b.head defs).value) defs;
          byKind = {
            set = (self.attrsOf self.anything).merge;
            stringCoercibleSet = o.mergeOneOption;
            lambda = loc: defs: arg:
              self.anything.merge (loc ++ [ "<function body>" ])
                (map (d: { file = d.file; value = d.value arg; }) defs);
          };
        in
        (byKind.${common} or o.mergeEqualOption) loc defs;
    };

    unspecified = self.mkOptionType {
      name = "unspecified";
      description = "unspecified value";
      descriptionClass = "noun";
    };

    bool = self.mkOptionType {
      name = "bool";
      description = "boolean";
      descriptionClass = "noun";
      check = b.isBool;
      merge = o.mergeEqualOption;
    };

    boolByOr = self.mkOptionType {
      name = "boolByOr";
      description = "boolean (merged using or)";
      descriptionClass = "noun";
      check = b.isBool;
      merge = loc: defs: foldl' (acc: d: acc || d.value) false defs;
    };

    int = self.mkOptionType {
      name = "int";
      description = "signed integer";
      descriptionClass = "noun";
      check = b.isInt;
      merge = o.mergeEqualOption;
    };

    ints =
      let
        range = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";
        between = lo: hi:
          assert ensure (lo <= hi) "ints.between: lowest must be smaller than highest";
          self.addCheck self.int (x: x >= lo && x <= hi) // {
            name = "intBetween";
            description = "integer between ${range lo hi}";
          };
        sized = lo: hi: name: what: between lo hi // {
          inherit name;
          description = "${what}; between ${range lo hi}";
        };
        unsignedBits = bits: size:
          sized 0 (size - 1) "unsignedInt${toString bits}" "${toString bits} bit unsigned integer";
        signedBits = bits: size:
          sized (0 - (size / 2)) (size / 2 - 1) "signedInt${toString bits}" "${toString bits} bit signed integer";
      in
      {
        inherit between;
        unsigned = self.addCheck lib.types.int (x: x >= 0) // {
          name = "unsignedInt";
          description = "unsigned integer, meaning >=0";
          descriptionClass = "nonRestrictiveClause";
        };
        positive = self.addCheck lib.types.int (x: x > 0) // {
          name = "positiveInt";
          description = "positive integer, meaning >0";
          descriptionClass = "nonRestrictiveClause";
        };
        u8 = unsignedBits 8 256;
        u16 = unsignedBits 16 65536;
        u32 = unsignedBits 32 4294967296;
        s8 = signedBits 8 256;
        s16 = signedBits 16 65536;
        s32 = signedBits 32 4294967296;
      };

    port = self.ints.u16;

    float = self.mkOptionType {
      name = "float";
      description = "floating point number";
      descriptionClass = "noun";
      check = b.isFloat;
      merge = o.mergeEqualOption;
    };

    number = self.either self.int self.float;

    numbers =
      let range = lo: hi: "${b.toJSON lo} and ${b.toJSON hi} (both inclusive)"; in
      {
        between = lo: hi:
          assert ensure (lo <= hi) "numbers.between: lowest must be smaller than highest";
          self.addCheck self.number (x: x >= lo && x <= hi) // {
            name = "numberBetween";
            description = "integer or floating point number between ${range lo hi}";
          };
        nonnegative = self.addCheck self.number (x: x >= 0) // {
          name = "numberNonnegative";
          description = "nonnegative integer or floating point number, meaning >=0";
          descriptionClass = "nonRestrictiveClause";
        };
        positive = self.addCheck self.number (x: x > 0) // {
          name = "numberPositive";
          description = "positive integer or floating point number, meaning >0";
          descriptionClass = "nonRestrictiveClause";
        };
      };

    str = self.mkOptionType {
      name = "str";
      description = "string";
      descriptionClass = "noun";
      check = b.isString;
      merge = o.mergeEqualOption;
    };

    nonEmptyStr = self.mkOptionType {
      name = "nonEmptyStr";
      description = "non-empty string";
      descriptionClass = "noun";
      check = x: self.str.check x && b.match "[ \t\n]*" x == null;
      inherit (self.str) merge;
    };

    singleLineStr =
      let base = self.strMatching "[^\n\r]*\n?"; in
      self.mkOptionType {
        name = "singleLineStr";
        description = "(optionally newline-terminated) single-line string";
        descriptionClass = "noun";
        inherit (base) check;
        merge = loc: defs:
          let
            s = base.merge loc defs;
            n = b.stringLength s;
          in
          if n > 0 && b.substring (n - 1) 1 s == "\n" then b.substring 0 (n - 1) s else s;
      };

    strMatching = pattern: self.mkOptionType {
      name = "strMatching ${quoteString pattern}";
      description = "string matching the pattern ${pattern}";
      descriptionClass = "noun";
      check = x: self.str.check x && b.match pattern x != null;
      inherit (self.str) merge;
      functor = self.defaultFunctor "strMatching" // {
        type = payload: self.strMatching payload.pattern;
        payload = { inherit pattern; };
        binOp = l: r: if l == r then l else null;
      };
    };

    separatedString = sep: self.mkOptionType {
      name = "separatedString";
      description = "strings concatenated with ${b.toJSON sep}";
      descriptionClass = "noun";
      check = b.isString;
      merge = loc: defs: b.concatStringsSep sep (o.getValues defs);
      functor = self.defaultFunctor "separatedString" // {
        payload = { inherit sep; };
        type = payload: lib.types.separatedString payload.sep;
        binOp = l: r: if l.sep == r.sep then { inherit (l) sep; } else null;
      };
    };

    lines = self.separatedString "\n";
    commas = self.separatedString ",";
    envVar = self.separatedString ":";

    passwdEntry = entryType:
      self.addCheck entryType (s: b.match ".*[:\n].*" s == null) // {
        name = "passwdEntry ${entryType.name}";
        description = "${phrase nounish entryType}, not containing newlines or colons";
        descriptionClass = "nonRestrictiveClause";
      };

    attrs = self.mkOptionType {
      name = "attrs";
      description = "attribute set";
      check = b.isAttrs;
      merge = loc: foldl' (acc: d: acc // d.value) { };
      emptyValue = { value = { }; };
    };

    fileset = self.mkOptionType {
      name = "fileset";
      description = "fileset";
      descriptionClass = "noun";
      check = x: lib.fileset.isFileset x;
      merge = loc: defs: lib.fileset.unions (map (d: d.value) defs);
      emptyValue.value = lib.fileset.empty;
    };

    # Derivations, or store paths (turned into minimal derivations).
    package = self.mkOptionType {
      name = "package";
      descriptionClass = "noun";
      check = x: isDrv x || isStorePath x;
      merge = loc: defs:
        let v = o.mergeOneOption loc defs; in
        if b.isPath v || (b.isString v && !b.hasContext v) then storePathToDrv v else v;
    };

    shellPackage = self.package // {
      check = x: isDrv x && x ? shellPath;
    };

    pkgs = self.addCheck
      (self.unique { message = "A Nixpkgs pkgs set can not be merged with another pkgs set."; } self.attrs // {
        name = "pkgs";
        descriptionClass = "noun";
        description = "Nixpkgs package set";
      })
      (x: (x._type or null) == "pkgs");

    path = self.pathWith { absolute = true; };
    pathInStore = self.pathWith { inStore = true; };
    externalPath = self.pathWith { absolute = true; inStore = false; };

    pathWith = { inStore ? null, absolute ? null }:
      if inStore != null && absolute != null && inStore && !absolute then
        throw "In pathWith, inStore means the path must be absolute"
      else
        self.mkOptionType {
          name = "path";
          description =
            (if absolute == null then "" else if absolute then "absolute " else "relative ")
            + "path"
            + (if inStore == null then "" else if inStore then " in the Nix store" else " not in the Nix store");
          descriptionClass = "noun";
          merge = o.mergeEqualOption;
          functor = self.defaultFunctor "path" // {
            type = self.pathWith;
            payload = { inherit inStore absolute; };
            binOp = l: r: if l == r then l else null;
          };
          check = x:
            let
              kindOk = if inStore == null || inStore then isStringLike x else b.isString x;
              storeOk = inStore == null
                || inStore == underStore (if b.isPath x then x else /. + b.unsafeDiscardStringContext x);
              absOk = absolute == null || absolute == (b.substring 0 1 (toString x) == "/");
            in
            kindOk && storeOk && absOk;
        };

    # --- containers ----------------------------------------------------------

    listOf = elemType: self.mkOptionType rec {
      name = "listOf";
      description = "list of ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = coherentCheck b.isList;
      merge = v2Merge ({ loc, defs }:
        let
          perEntry = b.concatLists (b.genList (i:
            let def = b.elemAt defs i; in
            b.genList (j:
              m.mergeDefinitions (loc ++ [ "[definition ${toString (i + 1)}-entry ${toString (j + 1)}]" ]) elemType
                [ { inherit (def) file; value = b.elemAt def.value j; } ]
            ) (b.length def.value)
          ) (b.length defs));
          present = b.filter (r: r.optionalValue ? value) perEntry;
        in
        {
          headError = invalidDefsError check loc defs;
          value = map (r: r.optionalValue.value or r.mergedValue) present;
          valueMeta.list = map (r: r.checkedAndMerged.valueMeta) present;
        });
      emptyValue = { value = [ ]; };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = mods: self.listOf (elemType.substSubModules mods);
      functor = wrapperFunctor "listOf" { inherit elemType; } // {
        type = payload: lib.types.listOf payload.elemType;
      };
      nestedTypes.elemType = elemType;
    };

    nonEmptyListOf = elemType:
      let base = self.addCheck (lib.types.listOf elemType) (l: l != [ ]); in
      base // {
        description = "non-empty ${phrase nounish base}";
        emptyValue = { };
        substSubModules = mods: self.nonEmptyListOf (elemType.substSubModules mods);
      };

    attrsOf = elemType: self.attrsWith { inherit elemType; };
    lazyAttrsOf = elemType: self.attrsWith { inherit elemType; lazy = true; };

    attrsWith = { elemType, lazy ? false, placeholder ? "name" }: self.mkOptionType rec {
      name = if lazy then "lazyAttrsOf" else "attrsOf";
      description = (if lazy then "lazy attribute set" else "attribute set")
        + " of ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = coherentCheck b.isAttrs;
      merge = v2Merge ({ loc, defs }:
        let
          perAttr = b.zipAttrsWith (n: ds: m.mergeDefinitions (loc ++ [ n ]) elemType ds)
            (map (d: b.mapAttrs (n: v: { inherit (d) file; value = v; }) d.value) defs);
          results = if lazy then perAttr else keepAttrs (n: r: r.optionalValue ? value) perAttr;
        in
        {
          headError = invalidDefsError check loc defs;
          value = b.mapAttrs (n: r:
            if lazy then r.optionalValue.value or elemType.emptyValue.value or r.mergedValue
            else r.optionalValue.value) results;
          valueMeta.attrs = b.mapAttrs (n: r: r.checkedAndMerged.valueMeta) results;
        });
      emptyValue = { value = { }; };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<${placeholder}>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = mods: self.attrsWith {
        elemType = elemType.substSubModules mods;
        inherit lazy placeholder;
      };
      functor = wrapperFunctor "attrsWith" { inherit elemType lazy placeholder; } // {
        binOp = l: r:
          let
            e = l.elemType.typeMerge r.elemType.functor;
            lz = if l.lazy == r.lazy then l.lazy else null;
            ph =
              if l.placeholder == r.placeholder then l.placeholder
              else if l.placeholder == "name" then r.placeholder
              else if r.placeholder == "name" then l.placeholder
              else null;
          in
          if e == null || lz == null || ph == null then null
          else { elemType = e; lazy = lz; placeholder = ph; };
      };
      nestedTypes.elemType = elemType;
    };

    loaOf = elemType: lib.types.attrsOf elemType // {
      name = "loaOf";
      deprecationMessage = "Mixing lists with attribute values is no longer"
        + " possible; please use `types.attrsOf` instead. See"
        + " https://github.com/NixOS/nixpkgs/issues/1800 for the motivation.";
      nestedTypes.elemType = elemType;
    };

    # An attribute set with exactly one attribute, chosen among `tags`
    # (each an option declaration).
    attrTag = tagDecls:
      let
        posSuffix = n:
          let p = b.unsafeGetAttrPos n tagDecls; in
          if p == null then "" else " at ${p.file}:${toString p.line}:${toString p.column}";
        tags = b.mapAttrs (n: opt:
          b.addErrorContext "while checking that attrTag tag ${quoteIdent n} is an option with a type${posSuffix n}" (
            (if opt._type or null != "option" then
              throw "In attrTag, each tag value must be an option, but tag ${quoteIdent n} ${
                if opt ? _type then
                  if opt._type == "option-type" then "was a bare type, not wrapped in mkOption."
                  else "was of type ${quoteString opt._type}."
                else "was not."}"
            else opt) // {
              declarations = opt.declarations or (
                let p = b.unsafeGetAttrPos n tagDecls; in if p == null then [ ] else [ p.file ]);
              declarationPositions = opt.declarationPositions or (
                let p = b.unsafeGetAttrPos n tagDecls; in if p == null then [ ] else [ p ]);
            })
        ) tagDecls;
        choices = b.concatStringsSep ", " (map quoteIdent (b.attrNames tags));
      in
      self.mkOptionType {
        name = "attrTag";
        description = "attribute-tagged union with choices: ${choices}";
        descriptionClass = "noun";
        getSubOptions = prefix: b.mapAttrs (t: opt: opt // { loc = prefix ++ [ t ]; }) tags;
        check = v: b.isAttrs v && b.length (b.attrNames v) == 1 && tags ? ${b.head (b.attrNames v)};
        merge = loc: defs:
          let
            choice = b.head (b.attrNames (b.head defs).value);
            values = map (d:
              assert b.length (b.attrNames d.value) == 1;
              if b.head (b.attrNames d.value) != choice then
                throw "The option `${o.showOption loc}` is defined both as `${choice}` and `${b.head (b.attrNames d.value)}`, in ${o.showFiles (o.getFiles defs)}."
              else { inherit (d) file; value = d.value.${choice}; }) defs;
          in
          if tags ? ${choice} then {
            ${choice} = (m.evalOptionValue (loc ++ [ choice ]) tags.${choice} values).value;
          }
          else throw "The option `${o.showOption loc}` is defined as ${quoteIdent choice}, but ${quoteIdent choice} is not among the valid choices (${choices}). Value ${choice} was defined in ${o.showFiles (o.getFiles defs)}.";
        nestedTypes = tags;
        functor = self.defaultFunctor "attrTag" // {
          type = { tags, ... }: lib.types.attrTag tags;
          payload = { inherit tags; };
          binOp = l: r:
            let asDecl = opt: { options = opt; _file = "<attrTag {...}>"; pos = null; }; in
            {
              tags = l.tags // r.tags // b.mapAttrs (t: rOpt:
                m.mergeOptionDecls [ t ] [ (asDecl l.tags.${t}) (asDecl rOpt) ] // {
                  declarations = l.tags.${t}.declarations ++ rOpt.declarations;
                  declarationPositions = l.tags.${t}.declarationPositions ++ rOpt.declarationPositions;
                }) (b.intersectAttrs l.tags r.tags);
            };
        };
      };

    luaInline = self.mkOptionType {
      name = "luaInline";
      description = "inline lua";
      descriptionClass = "noun";
      check = x: x._type or null == "lua-inline";
      merge = o.mergeEqualOption;
    };

    uniq = self.unique { message = ""; };

    unique = { message }: type: self.mkOptionType {
      name = "unique";
      inherit (type) description descriptionClass check;
      merge = o.mergeUniqueOption { inherit message; inherit (type) merge; };
      emptyValue = type.emptyValue;
      getSubOptions = type.getSubOptions;
      getSubModules = type.getSubModules;
      substSubModules = mods: self.uniq (type.substSubModules mods);
      functor = wrapperFunctor "unique" { elemType = type; } // {
        type = payload: lib.types.unique { inherit message; } payload.elemType;
      };
      nestedTypes.elemType = type;
    };

    nullOr = elemType: self.mkOptionType {
      name = "nullOr";
      description = "null or ${phrase nounOrConjunction elemType}";
      descriptionClass = "conjunction";
      check = x: x == null || elemType.check x;
      merge = loc: defs:
        let nulls = b.length (b.filter (d: d.value == null) defs); in
        if nulls == 0 then elemType.merge loc defs
        else if nulls == b.length defs then null
        else throw "The option `${o.showOption loc}` is defined both null and not null, in ${o.showFiles (o.getFiles defs)}.";
      emptyValue = { value = null; };
      getSubOptions = elemType.getSubOptions;
      getSubModules = elemType.getSubModules;
      substSubModules = mods: self.nullOr (elemType.substSubModules mods);
      functor = wrapperFunctor "nullOr" { inherit elemType; } // {
        type = payload: lib.types.nullOr payload.elemType;
      };
      nestedTypes.elemType = elemType;
    };

    functionTo = elemType: self.mkOptionType {
      name = "functionTo";
      description = "function that evaluates to a(n) ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isCallable;
      merge = loc: defs: {
        __functionArgs = b.zipAttrsWith (_: b.all (x: x)) (map (d: argsOf d.value) defs);
        __functor = _: callerArgs:
          (m.mergeDefinitions (loc ++ [ "<function body>" ]) elemType
            (map (d: { inherit (d) file; value = d.value callerArgs; }) defs)).mergedValue;
      };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = mods: self.functionTo (elemType.substSubModules mods);
      functor = wrapperFunctor "functionTo" { inherit elemType; } // {
        type = payload: lib.types.functionTo payload.elemType;
      };
      nestedTypes.elemType = elemType;
    };

    # --- modules as values ---------------------------------------------------

    submodule = modules: self.submoduleWith {
      shorthandOnlyDefinesConfig = true;
      modules = asList modules;
    };

    deferredModule = self.deferredModuleWith { };

    deferredModuleWith = attrs@{ staticModules ? [ ] }: self.mkOptionType {
      name = "deferredModule";
      description = "module";
      descriptionClass = "noun";
      check = x: b.isAttrs x || isCallable x || self.path.check x;
      merge = loc: defs: {
        imports = staticModules ++ map (d:
          m.setDefaultModuleLocation "${d.file}, via option ${o.showOption loc}" d.value) defs;
      };
      inherit (self.submoduleWith { modules = staticModules; }) getSubOptions getSubModules;
      substSubModules = mods: self.deferredModuleWith (attrs // { staticModules = mods; });
      functor = self.defaultFunctor "deferredModuleWith" // {
        type = lib.types.deferredModuleWith;
        payload = { inherit staticModules; };
        binOp = l: r: { staticModules = l.staticModules ++ r.staticModules; };
      };
    };

    optionDeclaration = self.mkOptionType {
      name = "optionDeclaration";
      description = "option declaration";
      descriptionClass = "noun";
      check = x: self.isType "option" x && !(x ? value);
    };

    optionType = self.mkOptionType {
      name = "optionType";
      description = "optionType";
      descriptionClass = "noun";
      check = self.isType "option-type";
      merge = loc: defs:
        if b.length defs == 1 then (b.head defs).value
        else
          (m.fixupOptionType loc (m.mergeOptionDecls loc (map ({ value, file }: {
            _file = file;
            options = o.mkOption { type = value; };
          }) defs))).type;
    };

    submoduleWith =
      { modules
      , specialArgs ? { }
      , shorthandOnlyDefinesConfig ? false
      , description ? null
      , class ? null
      }@attrs:
      let
        name = "submodule";
        # Definitions become modules: attribute sets are taken as `config`
        # when shorthandOnlyDefinesConfig is set.
        asModules = map ({ value, file }:
          if b.isAttrs value && shorthandOnlyDefinesConfig
          then { _file = file; config = value; }
          else { _file = file; imports = [ value ]; });
        base = m.evalModules {
          inherit class specialArgs;
          modules = [ { _module.args.name = m.mkOptionDefault "‹name›"; } ] ++ modules;
        };
        baseFreeform = base._module.freeformType;
        forDocs = prefix: base.extendModules { inherit prefix; modules = [ self.noCheckForDocsModule ]; };
        check = coherentCheck (x: b.isAttrs x || isCallable x || self.path.check x);
      in
      self.mkOptionType {
        inherit name check;
        description =
          if description != null then description
          else
            let ff = (base.extendModules { modules = [ self.noCheckForDocsModule ]; })._module.freeformType; in
            if ff ? description then "open ${name} of ${phrase nounOrComposite ff}" else name;
        merge = v2Merge ({ loc, defs }:
          let
            configuration = base.extendModules {
              modules = [ { _module.args.name = lastOf loc; } ] ++ asModules defs;
              prefix = loc;
            };
          in
          {
            headError = invalidDefsError check loc defs;
            value = configuration.config;
            valueMeta = { inherit configuration; };
          });
        emptyValue = { value = base.config; };
        getSubOptions = prefix:
          let
            docs = forDocs prefix;
            ff = docs._module.freeformType;
          in
          docs.options // (if ff != null then { _freeformOptions = ff.getSubOptions prefix; } else { });
        getSubModules = modules;
        substSubModules = mods: self.submoduleWith (attrs // { modules = mods; });
        nestedTypes = if baseFreeform != null then { freeformType = baseFreeform; } else { };
        functor = self.defaultFunctor name // {
          type = lib.types.submoduleWith;
          payload = { inherit modules class specialArgs shorthandOnlyDefinesConfig description; };
          binOp = l: r: {
            class =
              if l.class or null == null then r.class or null
              else if r.class or null == null then l.class or null
              else if l.class or null == r.class then l.class or null
              else throw "A submoduleWith option is declared multiple times with conflicting class values \"${toString l.class}\" and \"${toString r.class}\".";
            modules = l.modules ++ r.modules;
            specialArgs =
              let both = b.intersectAttrs l.specialArgs r.specialArgs; in
              if both == { } then l.specialArgs // r.specialArgs
              else throw "A submoduleWith option is declared multiple times with the same specialArgs \"${toString (b.attrNames both)}\"";
            shorthandOnlyDefinesConfig =
              if l.shorthandOnlyDefinesConfig == null then r.shorthandOnlyDefinesConfig
              else if r.shorthandOnlyDefinesConfig == null then l.shorthandOnlyDefinesConfig
              else if l.shorthandOnlyDefinesConfig == r.shorthandOnlyDefinesConfig then l.shorthandOnlyDefinesConfig
              else throw "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values";
            description =
              if l.description == null then r.description
              else if r.description == null then l.description
              else if l.description == r.description then l.description
              else throw "A submoduleWith option is declared multiple times with conflicting descriptions";
          };
        };
      };

    # --- choices and combinations ----------------------------------------------

    enum = values:
      let
        show = v:
          if b.isString v then ''"${v}"''
          else if b.isInt v then toString v
          else if b.isBool v then showBool v
          else "<${b.typeOf v}>";
        n = b.length values;
      in
      self.mkOptionType {
        name = "enum";
        description =
          if values == [ ] then "impossible (empty enum)"
          else if n == 1 then "value ${show (b.head values)} (singular enum)"
          else "one of ${b.concatStringsSep ", " (map show values)}";
        descriptionClass = if n < 2 then "noun" else "conjunction";
        check = x: b.elem x values;
        merge = o.mergeEqualOption;
        functor = self.defaultFunctor "enum" // {
          payload = { inherit values; };
          type = payload: lib.types.enum payload.values;
          binOp = l: r: { values = dedup (l.values ++ r.values); };
        };
      };

    serializableValueWith = { typeName, nullable ? true }:
      let
        base = self.oneOf [
          self.bool self.int self.float self.str self.path
          (self.attrsOf valueType)
          (self.listOf valueType)
        ];
        valueType = (if nullable then self.nullOr base else base) // {
          description = "${typeName} value";
        };
      in
      valueType;

    json = self.serializableValueWith { typeName = "JSON"; };
    toml = self.serializableValueWith { typeName = "TOML"; nullable = false; };

    either = t1: t2: self.mkOptionType rec {
      name = "either";
      description =
        if t1.descriptionClass or null == "nonRestrictiveClause" then
          "${t1.description}, or ${phrase nounOrConjunction t2}"
        else
          "${phrase nounOrConjunction t1} or ${phrase (c: c == "noun" || c == "conjunction" || c == "composite") t2}";
      descriptionClass = "conjunction";
      check = coherentCheck (x: t1.check x || t2.check x);
      merge = v2Merge ({ loc, defs }:
        let
          left = mergeV2 t1 loc defs;
          right = mergeV2 t2 loc defs;
          neither = rec {
            headError = {
              message = "The option `${o.showOption loc}` is neither a value of type `${t1.description}` nor `${t2.description}`, Definition values: ${o.showDefs defs}";
            };
            valueMeta = { inherit headError; };
            value = warn ''
              One or more definitions did not pass the type-check of the 'either' type.
              ${headError.message}
              If `either`, `oneOf` or similar is used in freeformType, ensure that it is preceded by an 'attrsOf' such as: `freeformType = types.attrsOf (types.either t1 t2)`.
              Otherwise consider using the correct type for the option `${o.showOption loc}`.  This will be an error in Nixpkgs 26.05.
            '' (o.mergeOneOption loc defs);
          };
        in
        if left.headError == null then left
        else if right.headError == null then right
        else neither);
      typeMerge = f':
        let
          l = t1.typeMerge (b.head f'.payload.elemType).functor;
          r = t2.typeMerge (b.elemAt f'.payload.elemType 1).functor;
        in
        if name == f'.name && l != null && r != null then functor.type l r else null;
      functor = wrapperFunctor "either" { elemType = [ t1 t2 ]; };
      nestedTypes.left = t1;
      nestedTypes.right = t2;
    };

    oneOf = ts:
      let first = if ts == [ ] then throw "types.oneOf needs to get at least one type in its argument" else b.head ts; in
      foldl' self.either first (b.tail ts);

    coercedTo = coercedType: coerceFunc: finalType:
      assert ensure (coercedType.getSubModules == null)
        "coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})";
      self.mkOptionType rec {
        name = "coercedTo";
        description = "${phrase nounish finalType} or ${phrase nounish coercedType} convertible to it";
        check = coherentCheck (x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x);
        merge = v2Merge ({ loc, defs }:
          let
            coerced = map (d: d // {
              value =
                if coercedType.merge ? v2 then
                  let r = requireCoherent loc coercedType (coercedType.merge.v2 { inherit loc; defs = [ d ]; }); in
                  if r.headError == null then coerceFunc d.value else d.value
                else if coercedType.check d.value then coerceFunc d.value
                else d.value;
            }) defs;
          in
          if finalType.merge ? v2 then
            requireCoherent loc finalType (finalType.merge.v2 { inherit loc; defs = coerced; })
          else {
            value = finalType.merge loc coerced;
            valueMeta = { };
            headError = invalidDefsError check loc defs;
          });
        emptyValue = finalType.emptyValue;
        getSubOptions = finalType.getSubOptions;
        getSubModules = finalType.getSubModules;
        substSubModules = mods: self.coercedTo coercedType coerceFunc (finalType.substSubModules mods);
        typeMerge = t: null;
        functor = self.defaultFunctor name // {
          wrappedDeprecationMessage = deprecatedWrapped { elemType = finalType; };
        };
        nestedTypes.coercedType = coercedType;
        nestedTypes.finalType = finalType;
      };

    # Narrows a type with an extra predicate.
    addCheck = elemType: check:
      if elemType.merge ? v2 then
        elemType // {
          check = coherentCheck (x: elemType.check x && check x);
          merge = v2Merge ({ loc, defs }@args:
            let inner = requireCoherent loc elemType (elemType.merge.v2 args); in
            inner // {
              headError = if inner.headError != null then inner.headError else invalidDefsError check loc defs;
            });
        }
      else
        elemType // { check = x: elemType.check x && check x; };

    mergeTypes = t1: t2:
      assert self.isOptionType t1 && self.isOptionType t2;
      let merged = t1.typeMerge t2.functor; in
      if merged == null then self.setType "merge-error" { error = "Cannot merge types"; } else merged;

    types = lib.types;
  };
in
self
