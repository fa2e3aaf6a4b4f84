# vmcmd's own implementation of nixpkgs lib/generators.nix
# (behaviour-compatible with nixpkgs at the nixos-26.05 branch-off; not a
# copy of its code).
{ lib }:
let
  inherit (builtins)
    attrNames concatStringsSep elem filter head isAttrs isBool isFloat isInt isList
    isPath isString length mapAttrs match replaceStrings split tail toJSON typeOf;
  inherit (lib.trivial) isFunction functionArgs;
  inherit (lib.strings) escape escapeNixIdentifier escapeXML;

  isDerivation = v: v.type or null == "derivation";

  # `f name value` for every attribute, in name order.
  eachAttr = f: set: map (n: f n set.${n}) (attrNames set);

  asList = v: if isList v then v else [ v ];

  # Deep merge of nested attribute sets (mirrors lib.attrsets.recursiveUpdate).
  deepMerge = l: r:
    l // mapAttrs (n: rv:
      if l ? ${n} && isAttrs l.${n} && isAttrs rv then deepMerge l.${n} rv else rv) r;

  mkValueStringDefault = { }: v:
    let
      unsupported = what: shown:
        abort ("generators.mkValueStringDefault: " + "${what} not supported: ${toPretty { } shown}");
    in
    if isInt v then toString v
    else if isDerivation v then toString v
    else if isString v then v
    else if true == v then "true"
    else if false == v then "false"
    else if null == v then "null"
    else if isList v then unsupported "lists" v
    else if isAttrs v then unsupported "attrsets" v
    else if isFunction v then unsupported "functions" v
    else if isFloat v then lib.strings.floatToString v
    else unsupported "this value is" (toString v);

  mkKeyValueDefault =
    { mkValueString ? mkValueStringDefault { } }:
    sep: k: v:
    "${escape [ sep ] k}${sep}${mkValueString v}";

  toKeyValue =
    { mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false, indent ? "" }:
    attrs:
    let
      line = k: v: indent + mkKeyValue k v + "\n";
      linesFor = k: v: if listsAsDuplicateKeys then map (line k) (asList v) else [ (line k v) ];
    in
    concatStringsSep "" (builtins.concatLists (eachAttr linesFor attrs));

  defaultSectionName = name: escape [ "[" "]" ] name;

  toINI =
    { mkSectionName ? defaultSectionName
    , mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    }:
    sections:
    concatStringsSep "\n" (eachAttr (name: values:
      "[${mkSectionName name}]\n" + toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values)
      sections);

  toINIWithGlobalSection =
    { mkSectionName ? defaultSectionName
    , mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    }:
    { globalSection, sections ? { } }:
    (if globalSection == { } then ""
     else toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n")
    + toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;

  toGitINI = attrs:
    let
      # "a.b.c" becomes `a "b.c"`, unless the name already has quotes.
      sectionName = name:
        let
          parts = lib.strings.splitString "." name;
        in
        if lib.strings.hasInfix "\"" name || tail parts == [ ] then name
        else "${head parts} \"${concatStringsSep "." (tail parts)}\"";
      quoteValue = v:
        mkValueStringDefault { } (if isString v
          then "\"" + replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ] v + "\""
          else v);
      keyValues = k: v:
        concatStringsSep "\n"
          (map (one: "\t" + mkKeyValueDefault { mkValueString = quoteValue; } " = " k one) (asList v));
      # Collects `{ a.b.c = 5; }` as `{ "a.b".c = 5; }`; `path` is reversed.
      leaves = path: v:
        if isAttrs v && !isDerivation v then
          builtins.concatLists (eachAttr (n: leaves ([ n ] ++ path)) v)
        else if length path > 1 then
          [ { ${concatStringsSep "." (reverse (tail path))}.${head path} = v; } ]
        else
          [ { ${head path} = v; } ];
      reverse = xs: builtins.genList (i: builtins.elemAt xs (length xs - 1 - i)) (length xs);
      flattened = builtins.foldl' deepMerge { } (leaves [ ] attrs);
    in
    toINI { mkKeyValue = keyValues; mkSectionName = sectionName; } flattened;

  mkDconfKeyValue = mkKeyValueDefault { mkValueString = v: toString (lib.gvariant.mkValue v); } "=";

  withRecursion =
    { depthLimit, throwOnDepthLimit ? true }:
    assert isInt depthLimit;
    let
      untouched = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
      guard = depth:
        if depthLimit != null && depth > depthLimit then
          (if throwOnDepthLimit
            then throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
            else _: "<unevaluated>")
        else x: x;
      walk = depth: v:
        let
          deeper = x: walk (depth + 1) (guard (depth + 1) x);
        in
        if isAttrs v then mapAttrs (n: if elem n untouched then (x: x) else deeper) v
        else if isList v then map deeper v
        else guard (depth + 1) v;
    in
    walk 0;

  toPretty =
    { allowPrettyValues ? false, multiline ? true, indent ? "" }:
    let
      render = ind: v:
        let
          open = if multiline then "\n${ind}  " else " ";
          close = if multiline then "\n${ind}" else " ";
          deeper = render (ind + "  ");
        in
        if isInt v then toString v
        # toJSON keeps more precision than toString.
        else if isFloat v then toJSON v
        else if isString v then
          let
            lines = filter isString (split "\n" v);
            quoted = "\"" + concatStringsSep "\\n" (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
            indented =
              let
                esc = map (replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
                n = length esc;
                lastLine = builtins.elemAt esc (n - 1);
              in
              "''" + open + concatStringsSep open (builtins.genList (builtins.elemAt esc) (n - 1))
              + (if lastLine == "" then close else open + lastLine) + "''";
          in
          if multiline && length lines > 1 then indented else quoted
        else if true == v then "true"
        else if false == v then "false"
        else if null == v then "null"
        else if isPath v then toString v
        else if isList v then
          (if v == [ ] then "[ ]"
           else "[" + open + concatStringsSep open (map deeper v) + close + "]")
        else if isFunction v then
          let
            args = functionArgs v;
            shown = concatStringsSep ", " (eachAttr (n: opt: if opt then n + "?" else n) args);
          in
          if args == { } then "<function>" else "<function, args: {${shown}}>"
        else if isAttrs v then
          (if allowPrettyValues && v ? __pretty && v ? val then v.__pretty v.val
           else if v == { } then "{ }"
           else if v ? type && v.type == "derivation" then "<derivation ${v.name or "???"}>"
           else
             "{" + open
             + concatStringsSep open (eachAttr (n: x:
                 "${escapeNixIdentifier n} = ${
                   builtins.addErrorContext "while evaluating an attribute `${n}`" (deeper x)
                 };") v)
             + close + "}")
        else abort "generators.toPretty: should never happen (v = ${v})";
    in
    render indent;

  toPlist =
    { escape ? false }:
    v:
    let
      text = if escape then escapeXML else x: x;
      tag = ind: s: ind + s;
      node = ind: x:
        if x == null then ""
        else if isBool x then tag ind (if x then "<true/>" else "<false/>")
        else if isInt x then tag ind "<integer>${toString x}</integer>"
        else if isString x then tag ind "<string>${text x}</string>"
        else if isList x then
          concatStringsSep "\n" ([ (tag ind "<array>") ]
            ++ [ (concatStringsSep "\n" (map (node "\t${ind}") x)) ]
            ++ [ (tag ind "</array>") ])
        else if isAttrs x then
          concatStringsSep "\n" [
            (tag ind "<dict>")
            (concatStringsSep "\n" (builtins.concatLists (eachAttr (n: y:
              if n != "_module" && y != null
              then [ (tag "\t${ind}" "<key>${text n}</key>") (node "\t${ind}" y) ]
              else [ ]) x)))
            (tag ind "</dict>")
          ]
        else if isPath x then tag ind "<string>${text (toString x)}</string>"
        else if isFloat x then tag ind "<real>${toString x}</real>"
        else abort "generators.toPlist: should never happen (v = ${v})";
    in
    lib.trivial.warnIf (!escape && lib.trivial.oldestSupportedReleaseIsAtLeast 2505)
      "Using `lib.generators.toPlist` without `escape = true` is deprecated"
      (concatStringsSep "\n" [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<!DOCTYPE plist PUBLIC \"-//Apple Computer//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"
        "<plist version=\"1.0\">"
        (node "" v)
        "</plist>"
      ]);

  toDhall = { }: v:
    let
      items = concatStringsSep ", ";
    in
    if isAttrs v then "{ ${items (eachAttr (k: x: "${k} = ${toDhall { } x}") v)} }"
    else if isList v then "[ ${items (map (toDhall { }) v)} ]"
    else if isInt v then (if v < 0 then "" else "+") + toString v
    else if isBool v then (if v then "True" else "False")
    else if isFunction v then abort "generators.toDhall: cannot convert a function to Dhall"
    else if v == null then abort "generators.toDhall: cannot convert a null to Dhall"
    else toJSON v;

  toLua =
    { multiline ? true, indent ? "", asBindings ? false }:
    v:
    let
      inner = "${indent}  ";
      open = if multiline then "\n${inner}" else " ";
      close = if multiline then "\n${indent}" else " ";
      sub = toLua { inherit multiline; indent = if asBindings then indent else inner; asBindings = false; };
      joined = concatStringsSep ",${open}";
      validName = n: match "[[:alpha:]_][[:alnum:]_]*(\\.[[:alpha:]_][[:alnum:]_]*)*" n != null;
      badNames = filter (n: !validName n) (attrNames v);
      bindings =
        assert lib.asserts.assertMsg (badNames == [ ]) "Bad Lua var names: ${toPretty { } badNames}";
        concatStringsSep "" (eachAttr (k: x: "${indent}${k} = ${sub x}\n") v);
    in
    if asBindings then bindings
    else if v == null then "nil"
    else if isInt v || isFloat v || isString v || isBool v then toJSON v
    else if isPath v || isDerivation v then toJSON "${v}"
    else if isList v then
      (if v == [ ] then "{}" else "{${open}${joined (map sub v)}${close}}")
    else if isAttrs v then
      (if (v._type or null) == "lua-inline" then "(${v.expr})"
       else if v == { } then "{}"
       else "{${open}${joined (eachAttr (k: x: "[${toJSON k}] = ${sub x}") v)}${close}}")
    else abort "generators.toLua: type ${typeOf v} is unsupported";
in
{
  inherit mkValueStringDefault mkKeyValueDefault toKeyValue toINI toINIWithGlobalSection
    toGitINI mkDconfKeyValue withRecursion toPretty toPlist toDhall toLua;

  toDconfINI = toINI { mkKeyValue = mkDconfKeyValue; };

  mkLuaInline = expr: {
    _type = "lua-inline";
    inherit expr;
  };

  toJSON = { }: builtins.toJSON;
  toYAML = { }: builtins.toJSON;
}
