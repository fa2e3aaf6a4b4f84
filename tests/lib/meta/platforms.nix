let lib = import <nixpkgs/lib>; in
let
  linux = { system = "x86_64-linux"; parsed = { kernel = { name = "linux"; }; cpu = { name = "x86_64"; bits = 64; }; }; };
  pkg = meta: { inherit meta; };
in {
  matchString = [ (lib.meta.platformMatch linux "x86_64-linux") (lib.meta.platformMatch linux "aarch64-linux") ];
  matchPattern = [
    (lib.meta.platformMatch linux { kernel = { name = "linux"; }; })
    (lib.meta.platformMatch linux { parsed = { cpu = { bits = 64; }; }; })
    (lib.meta.platformMatch linux { cpu = { bits = 32; }; })
    (lib.meta.platformMatch { parsed = { }; } "x86_64-linux")
  ];
  available = [
    (lib.meta.availableOn linux (pkg { }))
    (lib.meta.availableOn linux (pkg { platforms = [ "x86_64-linux" ]; }))
    (lib.meta.availableOn linux (pkg { platforms = [ "aarch64-darwin" ]; }))
    (lib.meta.availableOn linux (pkg { platforms = [ { kernel.name = "linux"; } ]; badPlatforms = [ "x86_64-linux" ]; }))
    (lib.meta.availableOn linux { })
  ];
}
