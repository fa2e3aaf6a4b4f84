[ (import <foo.nix>) (import <only-a.nix>) (import <only-b.nix>) ]
