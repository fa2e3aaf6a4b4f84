let lib = import <nixpkgs/lib>; in
{
  flat = lib.flatten [ 1 [ 2 [ 3 [ ] ] ] [ [ [ 4 ] ] ] ];
  scalar = lib.flatten 5;
  rm = lib.remove 3 [ 1 3 2 3 ];
  rmList = lib.remove [ 1 ] [ [ 1 ] [ 2 ] 1 ];
  single = [ (lib.singleton 1) (lib.forEach [ 1 2 ] (x: x * 3)) ];
}
