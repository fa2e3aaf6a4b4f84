let lib = import <nixpkgs/lib>; in
let
  pkgA = { out = "/store/a"; bin = "/store/a-bin"; lib = "/store/a-lib"; outPath = "/store/a"; };
  pkgB = { outPath = "/store/b"; out = "/store/b"; };
  pinned = { outputSpecified = true; outPath = "/store/pinned"; bin = "/store/other"; };
in {
  plain = lib.makeSearchPath "share/man" [ "/usr" null "/opt" ];
  bin = lib.makeBinPath [ pkgA pkgB "/plain" pinned ];
  libs = lib.makeLibraryPath [ pkgA pkgB ];
  include = lib.makeIncludePath [ pkgA ];
  output = lib.makeSearchPathOutput "lib" "lib/pkgconfig" [ pkgA ];
  empty = lib.makeBinPath [ ];
}
