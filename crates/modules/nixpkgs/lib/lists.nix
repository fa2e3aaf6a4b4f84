# vmcmd's own implementation of nixpkgs lib/lists.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
#
# Only builtins and local helpers are used, except `fold`, which warns
# through lib.trivial.warn.
{ lib }:
let
  b = builtins;
  inherit (b)
    attrNames
    attrValues
    concatMap
    elem
    elemAt
    filter
    genList
    head
    isList
    length
    tail
    ;

  smaller = x: y: if x < y then x else y;
  larger = x: y: if x > y then x else y;
  cmp = x: y: if x < y then -1 else if x > y then 1 else 0;

  # lib.asserts.assertMsg
  check = ok: msg: ok || throw msg;

  # lib.strings.toInt, for the digit runs naturalSort extracts
  digitsToInt =
    s:
    let
      n = b.fromJSON s;
    in
    if b.isInt n then
      n
    else
      throw "toInt: Could not convert ${b.replaceStrings [ "$" ] [ "\\$" ] (b.toJSON s)} to int.";

  self = {
    inherit (b)
      all
      any
      concatLists
      concatMap
      elem
      elemAt
      filter
      genList
      head
      isList
      length
      map
      partition
      sort
      tail
      ;

    singleton = x: [ x ];

    forEach = xs: f: map f xs;

    # --- folds ------------------------------------------------------------

    # Lazy right fold: `op x acc`, where acc is only evaluated if op uses it.
    foldr =
      op: nul: list:
      let
        n = length list;
        from = i: if i == n then nul else op (elemAt list i) (from (i + 1));
      in
      from 0;

    fold = lib.trivial.warn "fold has been deprecated, use foldr instead" self.foldr;

    # Lazy left fold (the accumulator is a thunk until `op` forces it).
    foldl =
      op: nul: list:
      let
        upTo = i: if i < 0 then nul else op (upTo (i - 1)) (elemAt list i);
      in
      upTo (length list - 1);

    # Unlike the bare builtin, the initial accumulator is forced too.
    foldl' = op: acc: b.seq acc (b.foldl' op acc);

    # --- indexed mapping and filtering ------------------------------------

    imap0 = f: list: genList (i: f i (elemAt list i)) (length list);

    imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);

    ifilter0 =
      pred: list:
      map (i: elemAt list i) (filter (i: pred i (elemAt list i)) (genList (i: i) (length list)));

    flatten = x: if isList x then concatMap self.flatten x else [ x ];

    remove = e: filter (x: x != e);

    # --- searching --------------------------------------------------------

    findSingle =
      pred: default: multiple: list:
      let
        hits = filter pred list;
      in
      if hits == [ ] then
        default
      else if length hits == 1 then
        head hits
      else
        multiple;

    findFirstIndex =
      pred: default: list:
      let
        # non-negative: index of the hit; negative: -1 - (elements inspected)
        state = b.foldl' (
          s: x:
          if s >= 0 then
            s
          else if pred x then
            -1 - s
          else
            s - 1
        ) (-1) list;
      in
      if state >= 0 then state else default;

    findFirst =
      pred: default: list:
      let
        i = self.findFirstIndex pred null list;
      in
      if i == null then default else elemAt list i;

    count = pred: self.foldl' (n: x: if pred x then n + 1 else n) 0;

    # --- construction -----------------------------------------------------

    optional = cond: x: if cond then [ x ] else [ ];

    optionals = cond: xs: if cond then xs else [ ];

    toList = x: if isList x then x else [ x ];

    range = from: to: if from > to then [ ] else genList (i: from + i) (to - from + 1);

    replicate = n: x: genList (_: x) n;

    # --- grouping ---------------------------------------------------------

    groupBy =
      b.groupBy or (
        key:
        b.foldl' (
          acc: x:
          let
            k = key x;
          in
          acc // { ${k} = (acc.${k} or [ ]) ++ [ x ]; }
        ) { }
      );

    groupBy' = op: nul: key: list: b.mapAttrs (_: self.foldl op nul) (self.groupBy key list);

    # --- zipping and reordering -------------------------------------------

    zipListsWith =
      f: xs: ys:
      genList (i: f (elemAt xs i) (elemAt ys i)) (smaller (length xs) (length ys));

    zipLists = self.zipListsWith (fst: snd: { inherit fst snd; });

    reverseList =
      xs:
      let
        n = length xs;
      in
      genList (i: elemAt xs (n - 1 - i)) n;

    # Mirrors lib.lists.listDfs: follows `before` edges from the head of the
    # list, returning either the reached minimal element or (when asked to
    # stop on cycles) the element closing a cycle.
    listDfs =
      stopOnCycles: before: list:
      let
        visit =
          node: seen: pending:
          let
            loops = filter (x: before x node) seen;
            split = b.partition (x: before x node) pending;
          in
          if stopOnCycles && length loops > 0 then
            {
              cycle = node;
              inherit loops;
              visited = seen;
              rest = pending;
            }
          else if length split.right == 0 then
            {
              minimal = node;
              visited = seen;
              rest = pending;
            }
          else
            visit (head split.right) ([ node ] ++ seen) (tail split.right ++ split.wrong);
      in
      visit (head list) [ ] (tail list);

    toposort =
      before: list:
      let
        dfs = self.listDfs true before list;
        remaining = self.toposort before (dfs.visited ++ dfs.rest);
      in
      if length list < 2 then
        { result = list; }
      else if dfs ? cycle then
        {
          cycle = self.reverseList ([ dfs.cycle ] ++ dfs.visited);
          inherit (dfs) loops;
        }
      else if remaining ? cycle then
        remaining
      else
        { result = [ dfs.minimal ] ++ remaining.result; };

    # --- sorting and comparing --------------------------------------------

    sortOn =
      f: list:
      map (p: elemAt p 1) (
        b.sort (x: y: head x < head y) (
          map (v: [
            (f v)
            v
          ]) list
        )
      );

    compareLists =
      f: xs: ys:
      if xs == [ ] then
        (if ys == [ ] then 0 else -1)
      else if ys == [ ] then
        1
      else
        let
          r = f (head xs) (head ys);
        in
        if r == 0 then self.compareLists f (tail xs) (tail ys) else r;

    naturalSort =
      list:
      let
        # alternating text and numbers: [ "a" 10 "b" 2 "" ]
        chunks = s: map (c: if isList c then digitsToInt (head c) else c) (b.split "(0|[1-9][0-9]*)" s);
        keyed = map (s: [
          (chunks s)
          s
        ]) list;
      in
      map (p: elemAt p 1) (b.sort (x: y: self.compareLists cmp (head x) (head y) < 0) keyed);

    # --- slicing ----------------------------------------------------------

    sublist =
      start: n: list:
      let
        len = length list;
        size =
          if start >= len then
            0
          else if start + n > len then
            len - start
          else
            n;
      in
      genList (i: elemAt list (start + i)) size;

    take = n: self.sublist 0 n;

    drop = n: list: self.sublist n (length list) list;

    takeEnd = n: xs: self.drop (larger 0 (length xs - n)) xs;

    dropEnd = n: xs: self.take (larger 0 (length xs - n)) xs;

    hasPrefix = prefix: list: self.take (length prefix) list == prefix;

    removePrefix =
      prefix: list:
      if self.hasPrefix prefix list then
        self.drop (length prefix) list
      else
        throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";

    commonPrefix =
      xs: ys:
      let
        differs = self.zipListsWith (x: y: x != y) xs ys;
        n = self.findFirstIndex (d: d) (length differs) differs;
      in
      self.take n xs;

    last =
      list:
      assert check (list != [ ]) "lists.last: list must not be empty!";
      elemAt list (length list - 1);

    init =
      list:
      assert check (list != [ ]) "lists.init: list must not be empty!";
      self.take (length list - 1) list;

    replaceElemAt =
      list: idx: x:
      assert check (
        idx >= 0 && idx < length list
      ) "'lists.replaceElemAt' called with index ${toString idx} on a list of size ${toString (length list)}";
      genList (i: if i == idx then x else elemAt list i) (length list);

    crossLists = f: self.foldl (fs: xs: concatMap (g: map g xs) fs) [ f ];

    # --- set-like operations ----------------------------------------------

    unique = self.foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];

    uniqueStrings = list: attrNames (self.groupBy (s: s) list);

    allUnique = list: length (self.unique list) == length list;

    intersectLists = e: filter (x: elem x e);

    subtractLists = e: filter (x: !(elem x e));

    mutuallyExclusive = xs: ys: length xs == 0 || !(b.any (y: elem y xs) ys);

    concatAttrValues = set: b.concatLists (attrValues set);
  };
in
self
