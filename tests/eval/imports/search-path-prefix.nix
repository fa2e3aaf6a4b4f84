[ (import <nixpkgs-x>).name (import <nixpkgs-x/sub.nix>) (import <nixpkgs-x>).sub.isSub ]
