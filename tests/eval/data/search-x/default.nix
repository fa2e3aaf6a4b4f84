{ name = "nixpkgs-x"; sub = import ./sub.nix; }
