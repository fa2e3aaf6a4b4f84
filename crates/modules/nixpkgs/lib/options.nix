# Option declarations and the helpers the module system uses to merge
# and report option definitions (behaviour of nixpkgs lib.options).
#
# Only builtins and small local helpers are used here, so this family
# does not depend on the other families being complete.
{ lib }:
let
  b = builtins;

  # --- small local helpers -------------------------------------------------

  isCallable = f: b.isFunction f || (f ? __functor && isCallable (f.__functor f));
  argsOf = f: if f ? __functor then f.__functionArgs or (argsOf (f.__functor f)) else b.functionArgs f;
  lastOf = l: b.elemAt l (b.length l - 1);
  firstN = n: l: if n >= b.length l then l else b.genList (b.elemAt l) n;
  asList = x: if b.isList x then x else [ x ];
  isDrv = v: v.type or null == "derivation";

  nixKeywords = [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ];
  quoteString = s: b.replaceStrings [ "$" ] [ "\\$" ] (b.toJSON s);
  quoteIdent = s:
    if b.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !b.elem s nixKeywords then s else quoteString s;
  showAttrPath = path: if path == [ ] then "<root attribute path>" else b.concatStringsSep "." (map quoteIdent path);
  lookupPath = path: fallback: set:
    if path == [ ] then set
    else if b.isAttrs set && set ? ${b.head path} then lookupPath (b.tail path) fallback set.${b.head path}
    else fallback;

  # Cut off values nested deeper than `limit` (like generators.withRecursion
  # with throwOnDepthLimit = false).
  limitDepth = limit:
    let
      keep = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
      cut = depth: x: if depth > limit then "<unevaluated>" else x;
      walk = depth: v:
        let next = x: walk (depth + 1) (cut (depth + 1) x); in
        if b.isAttrs v then b.mapAttrs (n: x: if b.elem n keep then x else next x) v
        else if b.isList v then map next v
        else cut (depth + 1) v;
    in
    walk 0;

  # A Nix-like rendering of a value (the format of generators.toPretty).
  render = { multiline ? true, allowPrettyValues ? false }:
    let
      go = indent: v:
        let
          open = if multiline then "\n${indent}  " else " ";
          close = if multiline then "\n${indent}" else " ";
        in
        if b.isInt v then toString v
        else if b.isFloat v then b.toJSON v
        else if b.isString v then
          let
            ls = b.filter (x: !b.isList x) (b.split "\n" v);
            oneLine = "\"" + b.concatStringsSep "\\n"
              (map (b.replaceStrings [ "\\" "\"" "\${" ] [ "\\\\" "\\\"" "\\\${" ]) ls) + "\"";
            esc = map (b.replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) ls;
            n = b.length esc;
            final = lastOf esc;
            body = b.concatStringsSep open (firstN (n - 1) esc);
          in
          if multiline && n > 1 then
            "''" + open + body + (if final == "" then close else open + final) + "''"
          else oneLine
        else if v == true then "true"
        else if v == false then "false"
        else if v == null then "null"
        else if b.isPath v then toString v
        else if b.isList v then
          if v == [ ] then "[ ]"
          else "[" + open + b.concatStringsSep open (map (go (indent + "  ")) v) + close + "]"
        else if isCallable v then
          let
            fa = argsOf v;
            shown = b.concatStringsSep ", " (map (n: if fa.${n} then n + "?" else n) (b.attrNames fa));
          in
          if fa == { } then "<function>" else "<function, args: {${shown}}>"
        else if b.isAttrs v then
          if allowPrettyValues && v ? __pretty && v ? val then v.__pretty v.val
          else if v == { } then "{ }"
          else if v ? type && v.type == "derivation" then "<derivation ${v.name or "???"}>"
          else
            "{" + open
            + b.concatStringsSep open (map (n:
                "${quoteIdent n} = ${b.addErrorContext "while evaluating an attribute `${n}`" (go (indent + "  ") v.${n})};"
              ) (b.attrNames v))
            + close + "}"
        else abort "options: cannot render this value";
    in
    go "";

  conflictHint = ''
    Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.
  '';

  isTypeTag = tag: x: (x._type or "") == tag;

  # --- the public functions ------------------------------------------------

  self = {
    isOption = isTypeTag "option";

    # Declares an option; every field is optional, unknown fields are an error.
    mkOption =
      { default ? null
      , defaultText ? null
      , example ? null
      , description ? null
      , relatedPackages ? null
      , type ? null
      , apply ? null
      , internal ? null
      , visible ? null
      , readOnly ? null
      }@attrs:
      attrs // { _type = "option"; };

    mkEnableOption = name: self.mkOption {
      default = false;
      example = true;
      description = "Whether to enable ${name}.";
      type = lib.types.bool;
    };

    mkPackageOption = pkgs: name:
      { nullable ? false
      , default ? name
      , example ? null
      , extraDescription ? ""
      , pkgsText ? "pkgs"
      }:
      let
        shortName = if b.isList name then lastOf name else name;
        attrPath = asList default;
        shownPath = showAttrPath attrPath;
        found = lookupPath attrPath (throw "${shownPath} cannot be found in ${pkgsText}") pkgs;
        defaultPart =
          if default != null then {
            default = found;
            defaultText = self.literalExpression "${pkgsText}.${shownPath}";
          }
          else if nullable then { default = null; }
          else { };
        examplePart =
          if example == null then { }
          else {
            example = self.literalExpression
              (if b.isList example then "${pkgsText}.${showAttrPath example}" else example);
          };
      in
      self.mkOption (defaultPart // {
        description = "The ${shortName} package to use."
          + (if extraDescription == "" then "" else " ") + extraDescription;
        type = if nullable then lib.types.nullOr lib.types.package else lib.types.package;
      } // examplePart);

    mkSinkUndeclaredOptions = attrs: self.mkOption ({
      internal = true;
      visible = false;
      default = false;
      description = "Sink for option definitions.";
      type = lib.types.mkOptionType {
        name = "sink";
        check = x: true;
        merge = loc: defs: false;
      };
      apply = x: throw "Option value is not readable because the option is not declared.";
    } // attrs);

    # The merge function of `types.unspecified`: guesses from the values.
    mergeDefaultOption = loc: defs:
      let vals = self.getValues defs; every = p: b.all p vals; in
      if b.length vals == 1 then b.head vals
      else if every isCallable then x: self.mergeDefaultOption loc (map (f: f x) vals)
      else if every b.isList then b.concatLists vals
      else if every b.isAttrs then b.foldl' (acc: v: acc // v) { } vals
      else if every b.isBool then b.foldl' (acc: v: acc || v) false vals
      else if every b.isString then b.concatStringsSep "" vals
      else if every b.isInt && every (x: x == b.head vals) then b.head vals
      else throw "Cannot merge definitions of `${self.showOption loc}'. Definition values:${self.showDefs defs}";

    mergeOneOption = self.mergeUniqueOption { message = ""; };

    mergeUniqueOption = { message, merge ? loc: defs: (b.head defs).value }: loc: defs:
      if b.length defs == 1 then merge loc defs
      else
        assert b.length defs > 1;
        throw "The option `${self.showOption loc}' is defined multiple times while it's expected to be unique.\n${message}\nDefinition values:${self.showDefs defs}\n${conflictHint}";

    mergeEqualOption = loc: defs:
      if defs == [ ] then abort "This case should never happen."
      else if b.length defs == 1 then (b.head defs).value
      else
        (b.foldl' (first: def:
          if def.value != first.value then
            throw "The option `${self.showOption loc}' has conflicting definition values:${self.showDefs [ first def ]}\n${conflictHint}"
          else first) (b.head defs) (b.tail defs)).value;

    getValues = map (d: d.value);
    getFiles = map (d: d.file);

    optionAttrSetToDocList = self."optionAttrSetToDocList'" [ ];

    # A flat list describing every (visible) option below `options`.
    "optionAttrSetToDocList'" = _: options:
      let
        collectOptions = v:
          if self.isOption v then [ v ]
          else if b.isAttrs v then b.concatMap (n: collectOptions v.${n}) (b.attrNames v)
          else [ ];
        describe = opt:
          let
            name = self.showOption opt.loc;
            visible = opt.visible or true;
            ty = opt.type or { };
            hasDefault = opt ? defaultText || opt ? default
              || ((ty.emptyValue or { }) ? value && ty.getSubModules or null == null);
            entry = {
              loc = opt.loc;
              inherit name;
              description = opt.description or null;
              declarations = b.filter (x: x != self.unknownModule) opt.declarations;
              internal = opt.internal or false;
              visible = if b.isBool visible then visible else visible == "shallow";
              readOnly = opt.readOnly or false;
              type = ty.description or "unspecified";
            }
            // (if opt ? example then {
              example = b.addErrorContext "while evaluating the example of option `${name}`"
                (self.renderOptionValue opt.example);
            } else { })
            // (if hasDefault then {
              default = b.addErrorContext
                "while evaluating the ${if opt ? defaultText then "defaultText" else "default value"} of option `${name}`"
                (self.renderOptionValue (opt.defaultText or opt.default or opt.type.emptyValue.value));
            } else { })
            // (if opt ? relatedPackages && opt.relatedPackages != null then {
              inherit (opt) relatedPackages;
            } else { });
            subs = opt.type.getSubOptions opt.loc;
            showSubs = if b.isBool visible then visible else visible == "transparent";
          in
          [ entry ] ++ (if showSubs && subs != { } then self."optionAttrSetToDocList'" opt.loc subs else [ ]);
      in
      b.concatMap describe (collectOptions options);

    # Replaces derivations by small stand-ins, recursively.
    scrubOptionValue = x:
      if isDrv x then { type = "derivation"; drvPath = x.name; outPath = x.name; name = x.name; }
      else if b.isList x then map self.scrubOptionValue x
      else if b.isAttrs x then b.mapAttrs (n: v: self.scrubOptionValue v) (b.removeAttrs x [ "_args" ])
      else x;

    renderOptionValue = v:
      if v ? _type && v ? text then v
      else self.literalExpression (render { multiline = true; allowPrettyValues = true; } v);

    literalExpression = text:
      if !b.isString text then throw "literalExpression expects a string."
      else { _type = "literalExpression"; inherit text; };

    literalCode = languageTag: text: self.literalMD ''
      ```${languageTag}
      ${text}
      ```
    '';

    literalMD = text:
      if !b.isString text then throw "literalMD expects a string."
      else { _type = "literalMD"; inherit text; };

    # Option paths are shown dotted; parts that are not plain identifiers
    # are quoted, except placeholders like `*` and `<name>`.
    showOption = parts:
      b.concatStringsSep "." (map (p:
        if p == "*" || b.match "<(.*)>" p != null then p else quoteIdent p) parts);

    showFiles = files: b.concatStringsSep " and " (map (f: "`${f}'") files);

    # "\n- In `file': value" for each definition; values are shown up to
    # five lines, and left out when rendering them fails.
    showDefs = defs: b.concatStringsSep "" (map (def:
      let
        attempt = b.tryEval (render { } (limitDepth 10 def.value));
        ls = b.filter (x: !b.isList x) (b.split "\n" attempt.value);
        shown = b.concatStringsSep "\n    " (firstN 5 ls ++ (if b.length ls > 5 then [ "..." ] else [ ]));
        suffix =
          if !attempt.success then ""
          else if b.length ls > 1 then ":\n    " + shown
          else ": " + shown;
      in
      "\n- In `${def.file}'${suffix}") defs);

    showOptionWithDefLocs = opt: ''
      ${self.showOption opt.loc}, with values defined in:
      ${b.concatStringsSep "\n" (map (f: "  - ${f}") opt.files)}
    '';

    unknownModule = "<unknown-file>";
  };
in
self
