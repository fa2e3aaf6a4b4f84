map builtins.splitVersion [ "1.2.3" "2.3pre1" "1.0-rc2" "" "abc" "1..2" "2022-01-01" "1a2b3" ]
