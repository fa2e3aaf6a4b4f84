let helper = import ./helper.nix; in { value = helper 20; name = "dir-default"; }
