let lib = import <nixpkgs/lib>; in
lib.assertOneOf "backend" "vulkan" [ ]
