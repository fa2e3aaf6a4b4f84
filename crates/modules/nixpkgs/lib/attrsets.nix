# vmcmd's own implementation of nixpkgs lib/attrsets.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
#
# Only builtins and local helpers are used here, so this family does not
# depend on the other families. The one exception is `toDerivation`, which needs
# lib.strings.sanitizeDerivationName.
{ lib }:
let
  b = builtins;
  inherit (b)
    attrNames
    attrValues
    concatMap
    concatStringsSep
    elemAt
    filter
    foldl'
    head
    isAttrs
    length
    listToAttrs
    mapAttrs
    removeAttrs
    ;

  # The first `n` elements of a list (n within bounds).
  prefixOf = n: xs: b.genList (i: elemAt xs i) n;

  # Nix identifiers printed as-is by showAttrPath; anything else is quoted.
  keywords = [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ];
  quoteIfNeeded =
    s:
    if b.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !b.elem s keywords then
      s
    else
      b.replaceStrings [ "$" ] [ "\\$" ] (b.toJSON s);

  # Walks `path` from `root`; calls `found` with the value at the end of the
  # path, or `missing` with the number of path components that did resolve.
  walkPath =
    path: found: missing: root:
    let
      depth = length path;
      step =
        i: here:
        if i == depth then
          found here
        else
          let
            key = elemAt path i;
          in
          if here ? ${key} then step (i + 1) here.${key} else missing i;
    in
    step 0 root;

  self = {
    inherit (b)
      attrNames
      attrValues
      catAttrs
      getAttr
      hasAttr
      intersectAttrs
      isAttrs
      listToAttrs
      mapAttrs
      removeAttrs
      ;

    # --- paths -----------------------------------------------------------

    attrByPath = path: default: set: walkPath path (v: v) (_: default) set;

    hasAttrByPath = path: set: walkPath path (_: true) (_: false) set;

    longestValidPathPrefix = path: set: walkPath path (_: path) (n: prefixOf n path) set;

    setAttrByPath =
      path: value:
      let
        depth = length path;
        nest = i: if i == depth then value else { ${elemAt path i} = nest (i + 1); };
      in
      nest 0;

    getAttrFromPath =
      path: set:
      self.attrByPath path (abort ("cannot find attribute '" + concatStringsSep "." path + "'")) set;

    showAttrPath =
      path: if path == [ ] then "<root attribute path>" else concatStringsSep "." (map quoteIfNeeded path);

    # Mirrors lib.attrsets.updateManyAttrsByPath: updates are applied in
    # order; an update on a path replaces/transforms what was there, while
    # updates on longer paths are applied to the nested value first.
    updateManyAttrsByPath =
      updates: value:
      let
        apply =
          depth: present: current: todo:
          let
            parts = b.partition (u: length u.path == depth) todo;
            here = parts.right;
            deeper = parts.wrong;
            byName = b.groupBy (u: elemAt u.path depth) deeper;
            firstBad = (head deeper).path;
            base =
              if deeper == [ ] then
                if present then
                  current
                else
                  throw (
                    "updateManyAttrsByPath: Path '${self.showAttrPath (head here).path}' does "
                    + "not exist in the given value, but the first update to this "
                    + "path tries to access the existing value."
                  )
              else if !present then
                mapAttrs (_: apply (depth + 1) false null) byName
              else if isAttrs current then
                current // mapAttrs (name: apply (depth + 1) (current ? ${name}) current.${name}) byName
              else
                throw (
                  "updateManyAttrsByPath: Path '${self.showAttrPath firstBad}' needs to "
                  + "be updated, but path '${self.showAttrPath (prefixOf depth firstBad)}' "
                  + "of the given value is not an attribute set, so we can't "
                  + "update an attribute inside of it."
                );
            # lazy left fold: each update decides whether it looks at its input
            run = i: if i < 0 then base else (elemAt here i).update (run (i - 1));
          in
          run (length here - 1);
      in
      apply 0 true value updates;

    # --- selecting and filtering ------------------------------------------

    attrVals = names: set: map (n: set.${n}) names;

    getAttrs = names: set: self.genAttrs names (n: set.${n});

    filterAttrs =
      pred: set: removeAttrs set (filter (n: !(pred n set.${n})) (attrNames set));

    filterAttrsRecursive =
      pred: set:
      listToAttrs (
        concatMap (
          n:
          let
            v = set.${n};
          in
          if pred n v then
            [
              {
                name = n;
                value = if isAttrs v then self.filterAttrsRecursive pred v else v;
              }
            ]
          else
            [ ]
        ) (attrNames set)
      );

    collect =
      pred: v:
      if pred v then
        [ v ]
      else if isAttrs v then
        concatMap (self.collect pred) (attrValues v)
      else
        [ ];

    matchAttrs =
      pattern: attrs:
      assert isAttrs pattern;
      b.all (
        n:
        attrs ? ${n}
        && (
          let
            want = pattern.${n};
            have = attrs.${n};
          in
          if isAttrs want then isAttrs have && self.matchAttrs want have else want == have
        )
      ) (attrNames pattern);

    optionalAttrs = cond: set: if cond then set else { };

    overrideExisting = old: new: mapAttrs (n: v: new.${n} or v) old;

    # --- folding ----------------------------------------------------------

    foldlAttrs =
      f: init: set:
      b.seq init (foldl' (acc: n: f acc n set.${n}) init (attrNames set));

    # Right fold over the list of sets; every attribute is combined with the
    # accumulated value for that name (or `nul`).
    foldAttrs =
      op: nul: sets:
      let
        count = length sets;
        go =
          i:
          if i == count then
            { }
          else
            let
              here = elemAt sets i;
              acc = go (i + 1);
            in
            # the element is looked at before the rest of the list
            b.seq here (acc // mapAttrs (n: v: op v (acc.${n} or nul)) here);
      in
      go 0;

    concatMapAttrs = f: set: foldl' (l: r: l // r) { } (attrValues (mapAttrs f set));

    mergeAttrsList =
      sets:
      let
        # merges sets[lo, hi) pairwise, halving the range each time
        halves =
          lo: hi:
          let
            size = hi - lo;
            mid = lo + size / 2;
          in
          if size < 2 then elemAt sets lo else halves lo mid // halves mid hi;
      in
      if sets == [ ] then { } else halves 0 (length sets);

    # --- products ---------------------------------------------------------

    cartesianProduct =
      lists:
      foldl' (
        partial: n: concatMap (p: map (x: p // { ${n} = x; }) lists.${n}) partial
      ) [ { } ] (attrNames lists);

    mapCartesianProduct = f: lists: map f (self.cartesianProduct lists);

    # --- mapping ----------------------------------------------------------

    nameValuePair = name: value: { inherit name value; };

    mapAttrs' = f: set: listToAttrs (self.mapAttrsToList f set);

    mapAttrsToList = f: set: map (n: f n set.${n}) (attrNames set);

    attrsToList = set: map (n: { name = n; value = set.${n}; }) (attrNames set);

    mapAttrsRecursive = f: set: self.mapAttrsRecursiveCond (_: true) f set;

    mapAttrsRecursiveCond =
      cond: f: set:
      let
        descend =
          path:
          mapAttrs (
            n: v:
            let
              p = path ++ [ n ];
            in
            if isAttrs v && cond v then descend p v else f p v
          );
      in
      descend [ ] set;

    mapAttrsToListRecursive = self.mapAttrsToListRecursiveCond (_: _: true);

    mapAttrsToListRecursiveCond =
      cond: f: set:
      let
        visit =
          path: set': concatMap (
            n:
            let
              p = path ++ [ n ];
              v = set'.${n};
            in
            if isAttrs v && cond p v then visit p v else [ (f p v) ]
          ) (attrNames set');
      in
      visit [ ] set;

    genAttrs = names: f: listToAttrs (map (n: { name = n; value = f n; }) names);

    genAttrs' = xs: f: listToAttrs (map f xs);

    # --- zipping and merging ----------------------------------------------

    zipAttrsWithNames =
      names: f: sets:
      listToAttrs (
        map (n: {
          name = n;
          value = f n (b.catAttrs n sets);
        }) names
      );

    zipAttrsWith =
      b.zipAttrsWith or (f: sets: self.zipAttrsWithNames (concatMap attrNames sets) f sets);

    zipAttrs = self.zipAttrsWith (_: vs: vs);

    # Mirrors lib.attrsets.recursiveUpdateUntil: `rhs` wins unless both
    # sides have the name and `pred path l r` is false, in which case the
    # two values are merged recursively.
    recursiveUpdateUntil =
      pred: lhs: rhs:
      let
        merge =
          path: l: r:
          # like zipAttrsWith [ r l ]: force the right side first
          b.seq r (
            l
            // mapAttrs (
              n: rv:
              let
                p = path ++ [ n ];
              in
              if l ? ${n} && !(pred p l.${n} rv) then merge p l.${n} rv else rv
            ) r
          );
      in
      merge [ ] lhs rhs;

    recursiveUpdate = lhs: rhs: self.recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r)) lhs rhs;

    unionOfDisjoint =
      x: y:
      let
        both = b.intersectAttrs x y;
        names = concatStringsSep " " (attrNames both);
        clash = mapAttrs (
          n: _: throw "unionOfDisjoint: collision on ${n}; complete list: ${names}"
        ) both;
      in
      (x // y) // clash;

    # --- derivations ------------------------------------------------------

    isDerivation = v: (v.type or null) == "derivation";

    toDerivation =
      path:
      let
        stored = b.storePath path;
        drv = {
          type = "derivation";
          name = lib.strings.sanitizeDerivationName (b.substring 33 (-1) (baseNameOf stored));
          outPath = stored;
          outputs = [ "out" ];
          out = drv;
          outputName = "out";
        };
      in
      drv;

    getOutput =
      output: pkg:
      if pkg ? outputSpecified && pkg.outputSpecified then pkg else pkg.${output} or pkg.out or pkg;

    getFirstOutput =
      candidates: pkg:
      let
        present = filter (n: b.hasAttr n pkg) candidates;
      in
      if pkg.outputSpecified or false || present == [ ] then pkg else pkg.${head present};

    getBin = self.getOutput "bin";
    getLib = self.getOutput "lib";
    getDev = self.getOutput "dev";
    getMan = self.getOutput "man";
    getStatic = self.getFirstOutput [ "static" "lib" "out" ];
    getInclude = self.getFirstOutput [ "include" "dev" "out" ];

    chooseDevOutputs = map self.getDev;

    recurseIntoAttrs = set: set // { recurseForDerivations = true; };

    dontRecurseIntoAttrs = set: set // { recurseForDerivations = false; };
  };
in
self
