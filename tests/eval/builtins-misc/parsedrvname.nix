map builtins.parseDrvName [ "hello-2.12" "nix-2.8.0" "gtk+-3.24.1" "no-version-here" "foo" "python3.10-requests-2.28.1" "a-1b" "" ]
