let lib = import <nixpkgs/lib>; in
{
  id = lib.id 5;
  const = lib.const 1 (throw "never forced");
  pipe = lib.pipe 2 [ (x: x + 1) (x: x * 10) toString ];
  pipeEmpty = lib.pipe "v" [ ];
  flip = lib.flip lib.concat [ 1 ] [ 2 ];
  concat = lib.concat [ 1 ] [ 2 3 ];
  logic = [ (lib.or false true) (lib.and true false) (lib.xor true false) (lib.xor true true) ];
  orLazy = lib.or true (throw "lazy");
  merge = lib.mergeAttrs { a = 1; b = 1; } { b = 2; };
  defaultTo = [ (lib.defaultTo 1 null) (lib.defaultTo 1 2) (lib.defaultTo 1 false) ];
  mapNullable = [ (lib.mapNullable (x: x + 1) null) (lib.mapNullable (x: x + 1) 1) ];
  bools = [ (lib.boolToString true) (lib.boolToString false) (lib.boolToYesNo true) (lib.boolToYesNo false) ];
}
