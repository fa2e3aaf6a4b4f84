let lib = import <nixpkgs/lib>; in
{
  i0 = lib.imap0 (i: v: "${toString i}-${v}") [ "a" "b" ];
  i1 = lib.imap1 (i: v: i * v) [ 10 20 30 ];
  f0 = lib.ifilter0 (i: v: i == 0 || v > 5) [ 1 2 10 3 7 ];
  lazy = builtins.length (lib.imap0 (i: v: throw "lazy") [ 1 2 ]);
}
