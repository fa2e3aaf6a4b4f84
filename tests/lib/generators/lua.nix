let lib = import <nixpkgs/lib>; in
let
  toLua = lib.generators.toLua;
in {
  value = toLua { } { num = 1; str = "a\"b"; list = [ 1 2.5 null true ]; empty = { }; emptyList = [ ];
    inline = lib.generators.mkLuaInline "vim.fn.stdpath('data')"; nested = { "key with space" = { x = 1; }; }; };
  oneLine = toLua { multiline = false; } { a = [ 1 2 ]; b = { c = "d"; }; };
  bindings = toLua { asBindings = true; } { a = 1; "b.c" = [ "x" ]; d = { e = true; }; };
  indented = toLua { indent = "\t"; } [ { a = 1; } ];
  scalars = map (toLua { }) [ null 3 "s" false ];
  inline = lib.generators.mkLuaInline "x + 1";
}
