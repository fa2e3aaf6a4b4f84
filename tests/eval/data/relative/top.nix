{ fromSub = import ./sub/inner.nix; own = "top"; }
