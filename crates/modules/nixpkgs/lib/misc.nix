# vmcmd's own implementation of nixpkgs lib/deprecated/misc.nix
# (behaviour-compatible with nixpkgs at the nixos-26.05 branch-off; not a
# copy of its code). These are legacy helpers kept for compatibility.
{ lib }:
let
  inherit (builtins) attrNames elem elemAt filter head isAttrs isList length tail;

  foldRight = op: nul: xs:
    let
      n = length xs;
      go = i: if i == n then nul else op (elemAt xs i) (go (i + 1));
    in
    go 0;

  # attrByPath for one- or two-element paths, as used below.
  getPath = path: fallback: set:
    if path == [ ] then set
    else if isAttrs set && set ? ${head path} then getPath (tail path) fallback set.${head path}
    else fallback;

  asList = x: if isList x then x else [ x ];

  single = name: value: builtins.listToAttrs [ { inherit name value; } ];

  maybeEnv = name: fallback:
    let v = builtins.getEnv name; in
    if v == "" then fallback else v;

  defaultMergeArg = x: y: if isAttrs y then y else y x;
  defaultMerge = x: y: x // defaultMergeArg x y;

  foldArgs = merger: f: init: x:
    let
      arg = merger init (defaultMergeArg init x);
      base = setAttrMerge "passthru" { } (f arg) (p: p // {
        function = foldArgs merger f arg;
        args = getPath [ "passthru" "args" ] { } p // x;
      });
    in
    base // { override = base.passthru.function; };

  maybeAttr = name: fallback: set: set.${name} or fallback;

  ifEnable = cond: val:
    if cond then val
    else if isList val then [ ]
    else if isAttrs val then { }
    else if val == true || val == false then false
    else null;

  checkFlag = set: name:
    if name == "true" then true
    else if name == "false" then false
    else if elem name (getPath [ "flags" ] [ ] set) then true
    else getPath [ name ] false set;

  getValue = set: argList: name:
    getPath [ name ]
      (if checkFlag set name then true
       else if argList == [ ] then null
       else
         let entry = head argList; in
         if head entry == name then head (tail entry) else getValue set (tail argList) name)
      set;

  checkReqs = set: argList: condList:
    foldRight (a: b: a && b) true (map (c:
      checkFlag set (head c)
      -> foldRight (a: b: a && b) true
        (map (r: let v = getValue set argList r; in v != null && v != false) (tail c)))
      condList);

  uniqList = { inputList, acc ? [ ] }:
    let
      go = xs: seen:
        if xs == [ ] then [ ]
        else
          let
            x = head xs;
            fresh = if elem x seen then [ ] else [ x ];
          in
          fresh ++ go (tail xs) (fresh ++ seen);
    in
    go inputList acc;

  uniqListExt = { inputList, outputList ? [ ], getter ? (x: x), compare ? (a: b: a == b) }:
    if inputList == [ ] then outputList
    else
      let
        x = head inputList;
        same = y: compare (getter y) (getter x);
      in
      uniqListExt {
        outputList = outputList ++ (if builtins.any same outputList then [ ] else [ x ]);
        inputList = tail inputList;
        inherit getter compare;
      };

  condConcat = name: list: checker:
    if list == [ ] then name
    else if checker (head list) then condConcat (name + head (tail list)) (tail (tail list)) checker
    else condConcat name (tail (tail list)) checker;

  lazyGenericClosure = { startSet, operator }:
    let
      step = todo: done: out:
        if todo == [ ] then out
        else
          let
            x = head todo;
          in
          if elem x.key done then step (tail todo) done out
          else step (tail todo ++ operator x) ([ x.key ] ++ done) ([ x ] ++ out);
    in
    step startSet [ ] [ ];

  innerModifySumArgs = f: x: a: b:
    if b == null then f a b // x else innerModifySumArgs f x (a // b);
  modifySumArgs = f: x: innerModifySumArgs f x { };

  innerClosePropagation = acc: xs:
    if xs == [ ] then acc
    else
      let
        y = head xs;
        rest = tail xs;
      in
      if !isAttrs y then innerClosePropagation acc rest
      else
        let acc' = [ y ] ++ acc; in
        innerClosePropagation acc' (uniqList {
          inputList = maybeAttr "propagatedBuildInputs" [ ] y
            ++ maybeAttr "propagatedNativeBuildInputs" [ ] y
            ++ rest;
          acc = acc';
        });

  closePropagationSlow = list: uniqList { inputList = innerClosePropagation [ ] list; };

  closePropagationFast = list:
    let
      wrap = x: { key = x.outPath; val = x; };
      nonNull = filter (x: x != null);
    in
    map (e: e.val) (builtins.genericClosure {
      startSet = map wrap (nonNull list);
      operator = e:
        if !isAttrs e.val then [ ]
        else map wrap (nonNull ((e.val.propagatedBuildInputs or [ ]) ++ (e.val.propagatedNativeBuildInputs or [ ])));
    });

  setAttr = set: name: v: set // single name v;
  setAttrMerge = name: fallback: set: f: setAttr set name (f (maybeAttr name fallback set));

  mergeAttrsWithFunc = f: set1: set2:
    foldRight (n: acc: if acc ? ${n} then setAttr acc n (f acc.${n} set2.${n}) else acc)
      (set2 // set1) (attrNames set2);

  mergeAttrsConcatenateValues = mergeAttrsWithFunc (a: b: asList a ++ asList b);

  mergeAttrsNoOverride =
    { mergeLists ? [ "buildInputs" "propagatedBuildInputs" ], overrideSnd ? [ "buildPhase" ] }:
    attrs1: attrs2:
    foldRight (n: acc:
      setAttr acc n (
        if acc ? ${n} then
          (if elem n mergeLists then attrs2.${n} ++ attrs1.${n}
           else if elem n overrideSnd then attrs1.${n}
           else throw "error mergeAttrsNoOverride, attribute ${n} given in both attributes - no merge func defined")
        else attrs2.${n}))
      attrs1 (attrNames attrs2);

  mergeAttrByFunc = x: y:
    let
      funcs = { mergeAttrBy = a: b: a // b; } // maybeAttr "mergeAttrBy" { } x // maybeAttr "mergeAttrBy" { } y;
      relevant = removeAttrs funcs (filter (a: !(x ? ${a}) && !(y ? ${a})) (attrNames funcs));
      merged = builtins.mapAttrs (a: g:
        if x ? ${a} then (if y ? ${a} then g x.${a} y.${a} else x.${a}) else y.${a}) relevant;
    in
    foldRight (a: b: a // b) { } [ x y merged ];

  mergeAttrBy =
    let
      withFn = fn: names: builtins.listToAttrs (map (n: { name = n; value = fn; }) names);
    in
    withFn (a: b: a ++ b) [ "nativeBuildInputs" "buildInputs" "propagatedBuildInputs" "configureFlags" "prePhases" "postAll" "patches" ]
    // withFn (a: b: a // b) [ "passthru" "meta" "cfg" "flags" ]
    // withFn (a: b: "${a}\n${b}") [ "preConfigure" "postInstall" ];

  # A lazy left fold, like lib.lists.foldl.
  mergeAttrsByFuncDefaults = list:
    let
      upTo = i: if i < 0 then { inherit mergeAttrBy; } else mergeAttrByFunc (upTo (i - 1)) (elemAt list i);
    in
    upTo (length list - 1);
  mergeAttrsByFuncDefaultsClean = list: removeAttrs (mergeAttrsByFuncDefaults list) [ "mergeAttrBy" ];

  nixType = x:
    if isAttrs x then (if x ? outPath then "derivation" else "attrs")
    else if lib.trivial.isFunction x then "function"
    else if isList x then "list"
    else if x == true || x == false then "bool"
    else if x == null then "null"
    else if builtins.isInt x then "int"
    else "string";
in
{
  inherit maybeEnv defaultMergeArg defaultMerge foldArgs maybeAttr ifEnable checkFlag
    getValue checkReqs uniqList uniqListExt condConcat lazyGenericClosure
    innerModifySumArgs modifySumArgs innerClosePropagation closePropagationSlow
    closePropagationFast setAttr setAttrMerge mergeAttrsWithFunc
    mergeAttrsConcatenateValues mergeAttrsNoOverride mergeAttrByFunc
    mergeAttrsByFuncDefaults mergeAttrsByFuncDefaultsClean mergeAttrBy nixType;

  maybeAttrNullable = maybeAttr;
  closePropagation = if builtins ? genericClosure then closePropagationFast else closePropagationSlow;
  nvs = single;
  imap = f: xs: builtins.genList (i: f (i + 1) (elemAt xs i)) (length xs);

  fakeHash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  fakeSha256 = "0000000000000000000000000000000000000000000000000000000000000000";
  fakeSha512 = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
}
