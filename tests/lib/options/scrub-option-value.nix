let lib = import <nixpkgs/lib>; in
lib.options.scrubOptionValue {
  pkg = { type = "derivation"; name = "hello"; outPath = "/x"; other = 1; };
  list = [ { type = "derivation"; name = "a"; } 1 ];
  nested = { _args = "dropped"; keep = { _args = 1; x = 2; }; };
  scalar = "s";
}
