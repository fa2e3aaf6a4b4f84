let lib = import <nixpkgs/lib>; in
[
  (lib.crossLists (x: y: "${toString x}${toString y}") [ [ 1 2 ] [ 3 4 ] ])
  (lib.crossLists (x: y: z: x + y + z) [ [ 1 ] [ 10 20 ] [ 100 ] ])
  (lib.crossLists (x: x) [ [ 1 2 ] ])
]
