builtins.genericClosure {
  startSet = [ { key = "a"; tag = 1; } { key = "a"; tag = 2; } { key = "b"; tag = 3; } ];
  operator = x: [ { key = "b"; tag = 4; } { key = "c"; tag = 5; } ];
}
