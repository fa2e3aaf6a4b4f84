let lib = import <nixpkgs/lib>; in
lib.lists.init [ ]
