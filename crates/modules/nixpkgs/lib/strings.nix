# vmcmd's own implementation of nixpkgs lib/strings.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
let
  inherit (builtins)
    elem elemAt filter genList head isAttrs isInt isList isPath isString
    length match replaceStrings split stringLength substring tail toJSON typeOf;

  warnIf = cond: msg: if cond then lib.trivial.warn msg else x: x;

  # Index-aware map starting at 1 (mirrors lib.lists.imap1).
  mapIndexed1 = f: xs: genList (i: f (i + 1) (elemAt xs i)) (length xs);

  # Mirrors lib.attrsets.getOutput.
  outputOf = name: pkg:
    if pkg.outputSpecified or false then pkg
    else pkg.${name} or pkg.out or pkg;

  smaller = a: b: if a < b then a else b;

  # Warnings for functions that only support strings but got a path.
  pathArgNote = fn: what: p: tail:
    "lib.strings.${fn}: The ${what} (${toString p}) is a path value, but only strings are supported.\n"
    + builtins.concatStringsSep "\n" (map (l: "    " + l) tail);
  alwaysFalseNote = verb: [
    "There is almost certainly a bug in the calling code, since this function ${verb} in such a case."
    "This function also copies the path to the Nix store, which may not be what you want."
    "This behavior is deprecated and will throw an error in the future."
  ];

  # Printable ASCII plus tab, newline and carriage return, mapped to codes.
  printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  charCodes =
    builtins.listToAttrs (genList (i: { name = substring i 1 printable; value = 32 + i; }) (stringLength printable))
    // { "\t" = 9; "\n" = 10; "\r" = 13; };

  urlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

  # The whitespace that trimWith strips.
  blank = "[ \t\r\n]";
  nonBlank = "[^ \t\r\n]";

  nixKeywords = [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ];

  cmakeTypes = [ "BOOL" "FILEPATH" "PATH" "STRING" "INTERNAL" "LIST" ];

  self = rec {
    inherit (builtins)
      compareVersions elem elemAt filter fromJSON genList head isInt isList isAttrs
      isPath isString match parseDrvName readFile replaceStrings split storeDir
      stringLength substring tail toJSON typeOf unsafeDiscardStringContext appendContext;

    # -- concatenation --
    join = builtins.concatStringsSep;
    concatStringsSep = builtins.concatStringsSep;
    concatStrings = builtins.concatStringsSep "";
    concatMapStrings = f: xs: concatStrings (map f xs);
    concatImapStrings = f: xs: concatStrings (mapIndexed1 f xs);
    concatMapStringsSep = sep: f: xs: concatStringsSep sep (map f xs);
    concatImapStringsSep = sep: f: xs: concatStringsSep sep (mapIndexed1 f xs);
    concatMapAttrsStringSep = sep: f: attrs:
      concatStringsSep sep (builtins.attrValues (builtins.mapAttrs f attrs));
    concatLines = ls: optionalString (ls != [ ]) (concatStringsSep "\n" ls + "\n");
    intersperse = sep: xs:
      if xs == [ ] || length xs == 1 then xs
      else tail (builtins.concatMap (x: [ sep x ]) xs);
    replicate = n: s: concatStrings (genList (_: s) n);

    replaceString = from: to: replaceStrings [ from ] [ to ];

    # -- whitespace --
    trim = trimWith { start = true; end = true; };
    trimWith =
      { start ? false, end ? false }:
      let
        pattern =
          if start && end then "${blank}*(.*${nonBlank})${blank}*"
          else if start then "${blank}*(.*)"
          else if end then "(.*${nonBlank})${blank}*"
          else "(.*)";
      in
      s:
      let
        m = match pattern s;
      in
      # No match means the string was empty or all whitespace.
      if m == null then "" else head m;

    # -- search paths --
    makeSearchPath = subDir: paths:
      concatStringsSep ":" (map (p: p + "/" + subDir) (filter (p: p != null) paths));
    makeSearchPathOutput = output: subDir: pkgs: makeSearchPath subDir (map (outputOf output) pkgs);
    makeLibraryPath = makeSearchPathOutput "lib" "lib";
    makeIncludePath = makeSearchPathOutput "dev" "include";
    makeBinPath = makeSearchPathOutput "bin" "bin";

    normalizePath = s:
      warnIf (isPath s)
        (pathArgNote "normalizePath" "argument" s [
          "Path values are always normalised in Nix, so there's no need to call this function on them."
          "This function also copies the path to the Nix store and returns the store path, the same as \"\${path}\" will, which may not be what you want."
          "This behavior is deprecated and will throw an error in the future."
        ])
        (builtins.foldl' (acc: c: if c == "/" && hasSuffix "/" acc then acc else acc + c) "" (stringToCharacters s));

    optionalString = cond: s: if cond then s else "";

    # -- affixes --
    hasPrefix = pref: str:
      warnIf (isPath pref)
        (pathArgNote "hasPrefix" "first argument" pref (alwaysFalseNote "always returns `false`" ++ [
          "You might want to use `lib.path.hasPrefix` instead, which correctly supports paths."
        ]))
        (substring 0 (stringLength pref) str == pref);
    hasSuffix = suf: str:
      let
        n = stringLength str;
        k = stringLength suf;
      in
      warnIf (isPath suf)
        (pathArgNote "hasSuffix" "first argument" suf (alwaysFalseNote "always returns `false`"))
        (n >= k && substring (n - k) n str == suf);
    hasInfix = inf: str:
      warnIf (isPath inf)
        (pathArgNote "hasInfix" "first argument" inf (alwaysFalseNote "always returns `false`"))
        (match ".*${escapeRegex inf}.*" "${str}" != null);
    removePrefix = pref: str:
      warnIf (isPath pref)
        (pathArgNote "removePrefix" "first argument" pref (alwaysFalseNote "never removes any prefix"))
        (let k = stringLength pref; in
          if substring 0 k str == pref then substring k (-1) str else str);
    removeSuffix = suf: str:
      warnIf (isPath suf)
        (pathArgNote "removeSuffix" "first argument" suf (alwaysFalseNote "never removes any suffix"))
        (let
          k = stringLength suf;
          n = stringLength str;
        in
          if k <= n && suf == substring (n - k) k str then substring 0 (n - k) str else str);

    # -- characters --
    stringToCharacters = s: genList (i: substring i 1 s) (stringLength s);
    stringAsChars = f: s: concatStrings (map f (stringToCharacters s));
    charToInt = c: builtins.getAttr c charCodes;
    lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
    upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    toLower = replaceStrings upperChars lowerChars;
    toUpper = replaceStrings lowerChars upperChars;

    # -- escaping --
    escape = chars: replaceStrings chars (map (c: "\\" + c) chars);
    escapeC = chars:
      replaceStrings chars
        (map (c: "\\x" + fixedWidthString 2 "0" (toLower (lib.trivial.toHexString (charToInt c)))) chars);
    escapeURL =
      let
        special = builtins.removeAttrs charCodes (stringToCharacters urlSafe);
        names = builtins.attrNames special;
      in
      replaceStrings names
        (map (c: "%" + fixedWidthString 2 "0" (lib.trivial.toHexString special.${c})) names);
    escapeShellArg = arg:
      let
        s = toString arg;
      in
      if match "[[:alnum:],._+:@%/-]+" s != null then s
      else "'" + replaceStrings [ "'" ] [ "'\\''" ] s + "'";
    escapeShellArgs = concatMapStringsSep " " escapeShellArg;
    isValidPosixName = name: match "[a-zA-Z_][a-zA-Z0-9_]*" name != null;
    toShellVar = name: value:
      lib.trivial.throwIfNot (isValidPosixName name) "toShellVar: ${name} is not a valid shell variable name" (
        if isAttrs value && !isStringLike value then
          "declare -A ${name}=(${
            concatStringsSep " " (builtins.attrValues (builtins.mapAttrs
              (k: v: "[${escapeShellArg k}]=${escapeShellArg v}") value))
          })"
        else if isList value then
          "declare -a ${name}=(${escapeShellArgs value})"
        else
          "${name}=${escapeShellArg value}"
      );
    toShellVars = vars:
      concatStringsSep "\n" (builtins.attrValues (builtins.mapAttrs toShellVar vars));
    escapeNixString = s: escape [ "$" ] (toJSON s);
    escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");
    escapeNixIdentifier = s:
      if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !elem s nixKeywords then s
      else escapeNixString s;
    escapeXML = replaceStrings [ "\"" "'" "<" ">" "&" ] [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];

    # -- case --
    toSentenceCase = str:
      lib.trivial.throwIfNot (isString str)
        "toSentenceCase does only accepts string values, but got ${typeOf str}"
        (addContextFrom str (toUpper (substring 0 1 str) + toLower (substring 1 (stringLength str) str)));
    toCamelCase = str:
      lib.trivial.throwIfNot (isString str)
        "toCamelCase does only accepts string values, but got ${typeOf str}"
        (let
          words = splitStringBy (_: c: elem c [ "-" "_" " " ]) false str;
          humps = builtins.concatMap
            (splitStringBy (p: c: match "[a-z]" p != null && match "[A-Z]" c != null) true)
            words;
          n = length humps;
          pieces =
            (if n > 0 then [ (toLower (head humps)) ] else [ "" ])
            ++ (if n > 1 then map toSentenceCase (tail humps) else [ ]);
        in
        concatStrings (map (addContextFrom str) pieces));

    # -- context and splitting --
    addContextFrom = src: target: substring 0 0 src + target;
    splitString = sep: s:
      map (addContextFrom s)
        (filter isString (split (escapeRegex (toString sep)) (toString s)));
    splitStringBy = pred: keep: str:
      let
        n = stringLength str;
        charAt = i: substring i 1 str;
        cuts = filter (i: pred (if i > 0 then charAt (i - 1) else "") (charAt i)) (genList (i: i) n);
        starts = [ 0 ] ++ map (i: if keep then i else i + 1) cuts;
        ends = cuts ++ [ n ];
      in
      if n == 0 then [ (addContextFrom str "") ]
      else genList (j:
        let b = elemAt starts j; in
        addContextFrom str (substring b (elemAt ends j - b) str)) (length ends);

    # -- versions and names --
    versionOlder = a: b: builtins.compareVersions b a == 1;
    versionAtLeast = a: b: !versionOlder a b;
    getName = x: if isString x then (builtins.parseDrvName x).name
      else x.pname or (builtins.parseDrvName x.name).name;
    getVersion = x: if isString x then (builtins.parseDrvName x).version
      else x.version or (builtins.parseDrvName x.name).version;
    nameFromURL = url: sep:
      let
        parts = splitString "/" url;
        filename = elemAt parts (length parts - 1);
        name = head (splitString sep filename);
      in
      assert name != filename;
      name;

    # -- build-system flags --
    cmakeOptionType =
      type: feature: value:
      let
        types = cmakeTypes;
      in
      assert (elem (toUpper type) types);
      assert (isString feature);
      assert (isString value);
      "-D${feature}:${toUpper type}=${value}";
    cmakeBool = condition: flag:
      assert (lib.isString condition);
      assert (lib.isBool flag);
      cmakeOptionType "bool" condition (lib.toUpper (lib.boolToString flag));
    cmakeFeature = feature: value:
      assert (lib.isString feature);
      assert (lib.isString value);
      cmakeOptionType "string" feature value;
    mesonOption = feature: value:
      assert (lib.isString feature);
      assert (lib.isString value);
      "-D${feature}=${value}";
    mesonBool = condition: flag:
      assert (lib.isString condition);
      assert (lib.isBool flag);
      mesonOption condition (lib.boolToString flag);
    mesonEnable = feature: flag:
      assert (lib.isString feature);
      assert (lib.isBool flag);
      mesonOption feature (if flag then "enabled" else "disabled");
    enableFeature = flag: feature:
      assert lib.isBool flag;
      assert lib.isString feature;
      "--${if flag then "enable" else "disable"}-${feature}";
    enableFeatureAs = flag: feature: value:
      enableFeature flag feature + optionalString flag "=${value}";
    withFeature = flag: feature:
      assert isString feature;
      "--${if flag then "with" else "without"}-${feature}";
    withFeatureAs = flag: feature: value:
      withFeature flag feature + optionalString flag "=${value}";

    # -- padding and numbers --
    fixedWidthString = width: filler: str:
      let
        strw = stringLength str;
      in
      assert lib.asserts.assertMsg (strw <= width)
        "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString strw})";
      if strw == width then str
      else filler + fixedWidthString (width - stringLength filler) filler str;
    fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);
    floatToString = float:
      let
        shown = toString float;
      in
      warnIf (float != builtins.fromJSON shown) "Imprecise conversion from float to string ${shown}" shown;

    isConvertibleWithToString = x:
      isStringLike x
      || elem (typeOf x) [ "null" "int" "float" "bool" ]
      || (isList x && builtins.all isConvertibleWithToString x);
    isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;
    isStorePath = x:
      if !isStringLike x then false
      else
        let
          s = toString x;
        in
        substring 0 1 s == "/"
        && (dirOf s == builtins.storeDir || match "/[0-9a-z]{52}" s != null);

    toInt = str:
      let
        m = match "[[:space:]]*(-?[[:digit:]]+)[[:space:]]*" str;
        digits = head m;
        parsed = builtins.fromJSON digits;
        failure = "toInt: Could not convert ${escapeNixString str} to int.";
      in
      if m == null then throw failure
      else if match "0[[:digit:]]+" digits != null then
        throw "toInt: Ambiguity in interpretation of ${escapeNixString str} between octal and zero padded integer."
      else if !isInt parsed then throw failure
      else parsed;
    toIntBase10 = str:
      let
        m = match "[[:space:]]*0*(-?[[:digit:]]+)[[:space:]]*" str;
        digits = head m;
        parsed = builtins.fromJSON digits;
        failure = "toIntBase10: Could not convert ${escapeNixString str} to int.";
      in
      if m == null then throw failure
      else if match "0+" digits != null then 0
      else if !isInt parsed then throw failure
      else parsed;

    fileContents = file: removeSuffix "\n" (builtins.readFile file);

    sanitizeDerivationName = name:
      if stringLength name <= 207 && match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*" name != null then
        builtins.unsafeDiscardStringContext name
      else
        let
          plain = builtins.unsafeDiscardStringContext name;
          noDots = head (match "\\.*(.*)" plain);
          dashed = concatStrings (map (p: if isList p then "-" else p) (split "[^[:alnum:]+._?=-]+" noDots));
          over = stringLength dashed - 207;
          clipped = substring (if over > 0 then over else 0) (-1) dashed;
        in
        if clipped == "" then "unknown" else clipped;

    # -- edit distance --
    levenshtein = a: b:
      let
        lb = stringLength b;
        # Row `i` of the edit-distance table, from row `i - 1`. Each row
        # refers to its own earlier cells and is forced before the next.
        nextRow = prev: i:
          let
            ca = substring (i - 1) 1 a;
            row = genList (j:
              if j == 0 then i
              else
                smaller
                  (smaller (elemAt prev j + 1) (elemAt row (j - 1) + 1))
                  (elemAt prev (j - 1) + (if ca == substring (j - 1) 1 b then 0 else 1)))
              (lb + 1);
          in
          builtins.deepSeq row row;
        last = builtins.foldl' nextRow (genList (j: j) (lb + 1)) (genList (i: i + 1) (stringLength a));
      in
      elemAt last lb;
    commonPrefixLength = a: b:
      let
        m = smaller (stringLength a) (stringLength b);
        scan = i: if i >= m then m else if substring i 1 a == substring i 1 b then scan (i + 1) else i;
      in
      scan 0;
    commonSuffixLength = a: b:
      let
        la = stringLength a;
        lb = stringLength b;
        m = smaller la lb;
        scan = i:
          if i >= m then m
          else if substring (la - i - 1) 1 a == substring (lb - i - 1) 1 b then scan (i + 1)
          else i;
      in
      scan 0;
    # Same decision procedure as nixpkgs: strip the common prefix and suffix,
    # then decide small distances by case analysis on what remains.
    levenshteinAtMost =
      let
        within1 = x: y: stringLength x <= 1 && stringLength y <= 1;
        # Requires |x| >= |y| and |x| - |y| <= 2.
        within2 = x: y:
          let
            lx = stringLength x;
            ly = stringLength y;
            inner = s: l: substring 1 (l - 2) s;
            dropLast = s: l: substring 0 (l - 1) s;
            dropFirst = s: l: substring 1 (l - 1) s;
            d = lx - ly;
          in
          if d == 2 then inner x lx == y
          else if d == 1 then inner x lx == dropLast y ly || inner x lx == dropFirst y ly
          else inner x lx == inner y ly || dropLast x lx == dropFirst y ly || dropFirst x lx == dropLast y ly;
      in
      k:
      if k <= 0 then a: b: a == b
      else
        let
          check = a: b:
            let
              la = stringLength a;
              lb = stringLength b;
              pre = commonPrefixLength a b;
              both = pre + commonSuffixLength a b;
              ma = substring pre (la - both) a;
              mb = substring pre (lb - both) b;
            in
            if la < lb then check b a
            else if la - lb > k then false
            else if k == 1 then within1 ma mb
            else if k == 2 then within2 ma mb
            else levenshtein ma mb <= k;
        in
        check;
  };
in
self
