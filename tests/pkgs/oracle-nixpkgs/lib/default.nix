# `<nixpkgs/lib>` on the reference side: the real nixpkgs lib.
import <nixpkgs-lib/lib>
