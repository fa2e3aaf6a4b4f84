let lib = import <nixpkgs/lib>; in (lib.evalModules { modules = [
({ lib, config, ... }: {
  options = {
    m0.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m0.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m0.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m0.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m0.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m0.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m0.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m0.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m0.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m0.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m0.o0 = lib.mkDefault 0;
    m0.o1 = lib.mkForce "v1";
    m0.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m0.o3 = [ "a3" ];
    m0.o4 = { k4 = 4; };
    m0.o5 = lib.mkDefault 0;
    m0.o6 = lib.mkForce "v6";
    m0.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m0.o8 = [ "a8" ];
    m0.o9 = { k9 = 9; };
    m1.o3 = lib.mkAfter [ "from0" ];
  };
})
({ lib, config, ... }: {
  options = {
    m1.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m1.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m1.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m1.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m1.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m1.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m1.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m1.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m1.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m1.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m1.o0 = lib.mkDefault 0;
    m1.o1 = lib.mkForce "v1";
    m1.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m1.o3 = [ "a3" ];
    m1.o4 = { k4 = 4; };
    m1.o5 = lib.mkDefault 5;
    m1.o6 = lib.mkForce "v6";
    m1.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m1.o8 = [ "a8" ];
    m1.o9 = { k9 = 9; };
    m2.o3 = lib.mkAfter [ "from1" ];
  };
})
({ lib, config, ... }: {
  options = {
    m2.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m2.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m2.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m2.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m2.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m2.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m2.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m2.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m2.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m2.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m2.o0 = lib.mkDefault 0;
    m2.o1 = lib.mkForce "v1";
    m2.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m2.o3 = [ "a3" ];
    m2.o4 = { k4 = 4; };
    m2.o5 = lib.mkDefault 10;
    m2.o6 = lib.mkForce "v6";
    m2.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m2.o8 = [ "a8" ];
    m2.o9 = { k9 = 9; };
    m3.o3 = lib.mkAfter [ "from2" ];
  };
})
({ lib, config, ... }: {
  options = {
    m3.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m3.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m3.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m3.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m3.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m3.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m3.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m3.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m3.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m3.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m3.o0 = lib.mkDefault 0;
    m3.o1 = lib.mkForce "v1";
    m3.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m3.o3 = [ "a3" ];
    m3.o4 = { k4 = 4; };
    m3.o5 = lib.mkDefault 15;
    m3.o6 = lib.mkForce "v6";
    m3.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m3.o8 = [ "a8" ];
    m3.o9 = { k9 = 9; };
    m4.o3 = lib.mkAfter [ "from3" ];
  };
})
({ lib, config, ... }: {
  options = {
    m4.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m4.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m4.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m4.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m4.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m4.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m4.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m4.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m4.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m4.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m4.o0 = lib.mkDefault 0;
    m4.o1 = lib.mkForce "v1";
    m4.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m4.o3 = [ "a3" ];
    m4.o4 = { k4 = 4; };
    m4.o5 = lib.mkDefault 20;
    m4.o6 = lib.mkForce "v6";
    m4.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m4.o8 = [ "a8" ];
    m4.o9 = { k9 = 9; };
    m5.o3 = lib.mkAfter [ "from4" ];
  };
})
({ lib, config, ... }: {
  options = {
    m5.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m5.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m5.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m5.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m5.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m5.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m5.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m5.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m5.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m5.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m5.o0 = lib.mkDefault 0;
    m5.o1 = lib.mkForce "v1";
    m5.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m5.o3 = [ "a3" ];
    m5.o4 = { k4 = 4; };
    m5.o5 = lib.mkDefault 25;
    m5.o6 = lib.mkForce "v6";
    m5.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m5.o8 = [ "a8" ];
    m5.o9 = { k9 = 9; };
    m6.o3 = lib.mkAfter [ "from5" ];
  };
})
({ lib, config, ... }: {
  options = {
    m6.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m6.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m6.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m6.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m6.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m6.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m6.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m6.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m6.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m6.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m6.o0 = lib.mkDefault 0;
    m6.o1 = lib.mkForce "v1";
    m6.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m6.o3 = [ "a3" ];
    m6.o4 = { k4 = 4; };
    m6.o5 = lib.mkDefault 30;
    m6.o6 = lib.mkForce "v6";
    m6.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m6.o8 = [ "a8" ];
    m6.o9 = { k9 = 9; };
    m7.o3 = lib.mkAfter [ "from6" ];
  };
})
({ lib, config, ... }: {
  options = {
    m7.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m7.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m7.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m7.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m7.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m7.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m7.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m7.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m7.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m7.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m7.o0 = lib.mkDefault 0;
    m7.o1 = lib.mkForce "v1";
    m7.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m7.o3 = [ "a3" ];
    m7.o4 = { k4 = 4; };
    m7.o5 = lib.mkDefault 35;
    m7.o6 = lib.mkForce "v6";
    m7.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m7.o8 = [ "a8" ];
    m7.o9 = { k9 = 9; };
    m8.o3 = lib.mkAfter [ "from7" ];
  };
})
({ lib, config, ... }: {
  options = {
    m8.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m8.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m8.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m8.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m8.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m8.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m8.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m8.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m8.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m8.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m8.o0 = lib.mkDefault 0;
    m8.o1 = lib.mkForce "v1";
    m8.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m8.o3 = [ "a3" ];
    m8.o4 = { k4 = 4; };
    m8.o5 = lib.mkDefault 40;
    m8.o6 = lib.mkForce "v6";
    m8.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m8.o8 = [ "a8" ];
    m8.o9 = { k9 = 9; };
    m9.o3 = lib.mkAfter [ "from8" ];
  };
})
({ lib, config, ... }: {
  options = {
    m9.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m9.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m9.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m9.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m9.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m9.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m9.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m9.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m9.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m9.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m9.o0 = lib.mkDefault 0;
    m9.o1 = lib.mkForce "v1";
    m9.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m9.o3 = [ "a3" ];
    m9.o4 = { k4 = 4; };
    m9.o5 = lib.mkDefault 45;
    m9.o6 = lib.mkForce "v6";
    m9.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m9.o8 = [ "a8" ];
    m9.o9 = { k9 = 9; };
    m10.o3 = lib.mkAfter [ "from9" ];
  };
})
({ lib, config, ... }: {
  options = {
    m10.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m10.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m10.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m10.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m10.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m10.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m10.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m10.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m10.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m10.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m10.o0 = lib.mkDefault 0;
    m10.o1 = lib.mkForce "v1";
    m10.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m10.o3 = [ "a3" ];
    m10.o4 = { k4 = 4; };
    m10.o5 = lib.mkDefault 50;
    m10.o6 = lib.mkForce "v6";
    m10.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m10.o8 = [ "a8" ];
    m10.o9 = { k9 = 9; };
    m11.o3 = lib.mkAfter [ "from10" ];
  };
})
({ lib, config, ... }: {
  options = {
    m11.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m11.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m11.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m11.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m11.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m11.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m11.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m11.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m11.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m11.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m11.o0 = lib.mkDefault 0;
    m11.o1 = lib.mkForce "v1";
    m11.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m11.o3 = [ "a3" ];
    m11.o4 = { k4 = 4; };
    m11.o5 = lib.mkDefault 55;
    m11.o6 = lib.mkForce "v6";
    m11.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m11.o8 = [ "a8" ];
    m11.o9 = { k9 = 9; };
    m12.o3 = lib.mkAfter [ "from11" ];
  };
})
({ lib, config, ... }: {
  options = {
    m12.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m12.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m12.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m12.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m12.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m12.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m12.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m12.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m12.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m12.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m12.o0 = lib.mkDefault 0;
    m12.o1 = lib.mkForce "v1";
    m12.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m12.o3 = [ "a3" ];
    m12.o4 = { k4 = 4; };
    m12.o5 = lib.mkDefault 60;
    m12.o6 = lib.mkForce "v6";
    m12.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m12.o8 = [ "a8" ];
    m12.o9 = { k9 = 9; };
    m13.o3 = lib.mkAfter [ "from12" ];
  };
})
({ lib, config, ... }: {
  options = {
    m13.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m13.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m13.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m13.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m13.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m13.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m13.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m13.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m13.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m13.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m13.o0 = lib.mkDefault 0;
    m13.o1 = lib.mkForce "v1";
    m13.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m13.o3 = [ "a3" ];
    m13.o4 = { k4 = 4; };
    m13.o5 = lib.mkDefault 65;
    m13.o6 = lib.mkForce "v6";
    m13.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m13.o8 = [ "a8" ];
    m13.o9 = { k9 = 9; };
    m14.o3 = lib.mkAfter [ "from13" ];
  };
})
({ lib, config, ... }: {
  options = {
    m14.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m14.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m14.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m14.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m14.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m14.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m14.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m14.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m14.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m14.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m14.o0 = lib.mkDefault 0;
    m14.o1 = lib.mkForce "v1";
    m14.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m14.o3 = [ "a3" ];
    m14.o4 = { k4 = 4; };
    m14.o5 = lib.mkDefault 70;
    m14.o6 = lib.mkForce "v6";
    m14.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m14.o8 = [ "a8" ];
    m14.o9 = { k9 = 9; };
    m15.o3 = lib.mkAfter [ "from14" ];
  };
})
({ lib, config, ... }: {
  options = {
    m15.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m15.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m15.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m15.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m15.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m15.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m15.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m15.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m15.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m15.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m15.o0 = lib.mkDefault 0;
    m15.o1 = lib.mkForce "v1";
    m15.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m15.o3 = [ "a3" ];
    m15.o4 = { k4 = 4; };
    m15.o5 = lib.mkDefault 75;
    m15.o6 = lib.mkForce "v6";
    m15.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m15.o8 = [ "a8" ];
    m15.o9 = { k9 = 9; };
    m16.o3 = lib.mkAfter [ "from15" ];
  };
})
({ lib, config, ... }: {
  options = {
    m16.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m16.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m16.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m16.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m16.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m16.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m16.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m16.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m16.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m16.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m16.o0 = lib.mkDefault 0;
    m16.o1 = lib.mkForce "v1";
    m16.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m16.o3 = [ "a3" ];
    m16.o4 = { k4 = 4; };
    m16.o5 = lib.mkDefault 80;
    m16.o6 = lib.mkForce "v6";
    m16.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m16.o8 = [ "a8" ];
    m16.o9 = { k9 = 9; };
    m17.o3 = lib.mkAfter [ "from16" ];
  };
})
({ lib, config, ... }: {
  options = {
    m17.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m17.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m17.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m17.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m17.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m17.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m17.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m17.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m17.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m17.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m17.o0 = lib.mkDefault 0;
    m17.o1 = lib.mkForce "v1";
    m17.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m17.o3 = [ "a3" ];
    m17.o4 = { k4 = 4; };
    m17.o5 = lib.mkDefault 85;
    m17.o6 = lib.mkForce "v6";
    m17.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m17.o8 = [ "a8" ];
    m17.o9 = { k9 = 9; };
    m18.o3 = lib.mkAfter [ "from17" ];
  };
})
({ lib, config, ... }: {
  options = {
    m18.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m18.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m18.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m18.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m18.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m18.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m18.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m18.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m18.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m18.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m18.o0 = lib.mkDefault 0;
    m18.o1 = lib.mkForce "v1";
    m18.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m18.o3 = [ "a3" ];
    m18.o4 = { k4 = 4; };
    m18.o5 = lib.mkDefault 90;
    m18.o6 = lib.mkForce "v6";
    m18.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m18.o8 = [ "a8" ];
    m18.o9 = { k9 = 9; };
    m19.o3 = lib.mkAfter [ "from18" ];
  };
})
({ lib, config, ... }: {
  options = {
    m19.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m19.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m19.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m19.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m19.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m19.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m19.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m19.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m19.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m19.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m19.o0 = lib.mkDefault 0;
    m19.o1 = lib.mkForce "v1";
    m19.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m19.o3 = [ "a3" ];
    m19.o4 = { k4 = 4; };
    m19.o5 = lib.mkDefault 95;
    m19.o6 = lib.mkForce "v6";
    m19.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m19.o8 = [ "a8" ];
    m19.o9 = { k9 = 9; };
    m20.o3 = lib.mkAfter [ "from19" ];
  };
})
({ lib, config, ... }: {
  options = {
    m20.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m20.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m20.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m20.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m20.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m20.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m20.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m20.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m20.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m20.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m20.o0 = lib.mkDefault 0;
    m20.o1 = lib.mkForce "v1";
    m20.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m20.o3 = [ "a3" ];
    m20.o4 = { k4 = 4; };
    m20.o5 = lib.mkDefault 100;
    m20.o6 = lib.mkForce "v6";
    m20.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m20.o8 = [ "a8" ];
    m20.o9 = { k9 = 9; };
    m21.o3 = lib.mkAfter [ "from20" ];
  };
})
({ lib, config, ... }: {
  options = {
    m21.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m21.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m21.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m21.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m21.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m21.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m21.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m21.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m21.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m21.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m21.o0 = lib.mkDefault 0;
    m21.o1 = lib.mkForce "v1";
    m21.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m21.o3 = [ "a3" ];
    m21.o4 = { k4 = 4; };
    m21.o5 = lib.mkDefault 105;
    m21.o6 = lib.mkForce "v6";
    m21.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m21.o8 = [ "a8" ];
    m21.o9 = { k9 = 9; };
    m22.o3 = lib.mkAfter [ "from21" ];
  };
})
({ lib, config, ... }: {
  options = {
    m22.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m22.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m22.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m22.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m22.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m22.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m22.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m22.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m22.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m22.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m22.o0 = lib.mkDefault 0;
    m22.o1 = lib.mkForce "v1";
    m22.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m22.o3 = [ "a3" ];
    m22.o4 = { k4 = 4; };
    m22.o5 = lib.mkDefault 110;
    m22.o6 = lib.mkForce "v6";
    m22.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m22.o8 = [ "a8" ];
    m22.o9 = { k9 = 9; };
    m23.o3 = lib.mkAfter [ "from22" ];
  };
})
({ lib, config, ... }: {
  options = {
    m23.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m23.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m23.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m23.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m23.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m23.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m23.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m23.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m23.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m23.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m23.o0 = lib.mkDefault 0;
    m23.o1 = lib.mkForce "v1";
    m23.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m23.o3 = [ "a3" ];
    m23.o4 = { k4 = 4; };
    m23.o5 = lib.mkDefault 115;
    m23.o6 = lib.mkForce "v6";
    m23.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m23.o8 = [ "a8" ];
    m23.o9 = { k9 = 9; };
    m24.o3 = lib.mkAfter [ "from23" ];
  };
})
({ lib, config, ... }: {
  options = {
    m24.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m24.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m24.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m24.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m24.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m24.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m24.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m24.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m24.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m24.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m24.o0 = lib.mkDefault 0;
    m24.o1 = lib.mkForce "v1";
    m24.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m24.o3 = [ "a3" ];
    m24.o4 = { k4 = 4; };
    m24.o5 = lib.mkDefault 120;
    m24.o6 = lib.mkForce "v6";
    m24.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m24.o8 = [ "a8" ];
    m24.o9 = { k9 = 9; };
    m25.o3 = lib.mkAfter [ "from24" ];
  };
})
({ lib, config, ... }: {
  options = {
    m25.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m25.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m25.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m25.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m25.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m25.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m25.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m25.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m25.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m25.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m25.o0 = lib.mkDefault 0;
    m25.o1 = lib.mkForce "v1";
    m25.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m25.o3 = [ "a3" ];
    m25.o4 = { k4 = 4; };
    m25.o5 = lib.mkDefault 125;
    m25.o6 = lib.mkForce "v6";
    m25.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m25.o8 = [ "a8" ];
    m25.o9 = { k9 = 9; };
    m26.o3 = lib.mkAfter [ "from25" ];
  };
})
({ lib, config, ... }: {
  options = {
    m26.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m26.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m26.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m26.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m26.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m26.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m26.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m26.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m26.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m26.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m26.o0 = lib.mkDefault 0;
    m26.o1 = lib.mkForce "v1";
    m26.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m26.o3 = [ "a3" ];
    m26.o4 = { k4 = 4; };
    m26.o5 = lib.mkDefault 130;
    m26.o6 = lib.mkForce "v6";
    m26.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m26.o8 = [ "a8" ];
    m26.o9 = { k9 = 9; };
    m27.o3 = lib.mkAfter [ "from26" ];
  };
})
({ lib, config, ... }: {
  options = {
    m27.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m27.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m27.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m27.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m27.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m27.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m27.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m27.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m27.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m27.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m27.o0 = lib.mkDefault 0;
    m27.o1 = lib.mkForce "v1";
    m27.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m27.o3 = [ "a3" ];
    m27.o4 = { k4 = 4; };
    m27.o5 = lib.mkDefault 135;
    m27.o6 = lib.mkForce "v6";
    m27.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m27.o8 = [ "a8" ];
    m27.o9 = { k9 = 9; };
    m28.o3 = lib.mkAfter [ "from27" ];
  };
})
({ lib, config, ... }: {
  options = {
    m28.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m28.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m28.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m28.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m28.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m28.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m28.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m28.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m28.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m28.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m28.o0 = lib.mkDefault 0;
    m28.o1 = lib.mkForce "v1";
    m28.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m28.o3 = [ "a3" ];
    m28.o4 = { k4 = 4; };
    m28.o5 = lib.mkDefault 140;
    m28.o6 = lib.mkForce "v6";
    m28.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m28.o8 = [ "a8" ];
    m28.o9 = { k9 = 9; };
    m29.o3 = lib.mkAfter [ "from28" ];
  };
})
({ lib, config, ... }: {
  options = {
    m29.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m29.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m29.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m29.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m29.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m29.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m29.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m29.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m29.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m29.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m29.o0 = lib.mkDefault 0;
    m29.o1 = lib.mkForce "v1";
    m29.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m29.o3 = [ "a3" ];
    m29.o4 = { k4 = 4; };
    m29.o5 = lib.mkDefault 145;
    m29.o6 = lib.mkForce "v6";
    m29.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m29.o8 = [ "a8" ];
    m29.o9 = { k9 = 9; };
    m30.o3 = lib.mkAfter [ "from29" ];
  };
})
({ lib, config, ... }: {
  options = {
    m30.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m30.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m30.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m30.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m30.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m30.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m30.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m30.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m30.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m30.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m30.o0 = lib.mkDefault 0;
    m30.o1 = lib.mkForce "v1";
    m30.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m30.o3 = [ "a3" ];
    m30.o4 = { k4 = 4; };
    m30.o5 = lib.mkDefault 150;
    m30.o6 = lib.mkForce "v6";
    m30.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m30.o8 = [ "a8" ];
    m30.o9 = { k9 = 9; };
    m31.o3 = lib.mkAfter [ "from30" ];
  };
})
({ lib, config, ... }: {
  options = {
    m31.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m31.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m31.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m31.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m31.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m31.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m31.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m31.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m31.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m31.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m31.o0 = lib.mkDefault 0;
    m31.o1 = lib.mkForce "v1";
    m31.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m31.o3 = [ "a3" ];
    m31.o4 = { k4 = 4; };
    m31.o5 = lib.mkDefault 155;
    m31.o6 = lib.mkForce "v6";
    m31.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m31.o8 = [ "a8" ];
    m31.o9 = { k9 = 9; };
    m32.o3 = lib.mkAfter [ "from31" ];
  };
})
({ lib, config, ... }: {
  options = {
    m32.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m32.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m32.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m32.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m32.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m32.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m32.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m32.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m32.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m32.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m32.o0 = lib.mkDefault 0;
    m32.o1 = lib.mkForce "v1";
    m32.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m32.o3 = [ "a3" ];
    m32.o4 = { k4 = 4; };
    m32.o5 = lib.mkDefault 160;
    m32.o6 = lib.mkForce "v6";
    m32.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m32.o8 = [ "a8" ];
    m32.o9 = { k9 = 9; };
    m33.o3 = lib.mkAfter [ "from32" ];
  };
})
({ lib, config, ... }: {
  options = {
    m33.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m33.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m33.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m33.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m33.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m33.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m33.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m33.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m33.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m33.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m33.o0 = lib.mkDefault 0;
    m33.o1 = lib.mkForce "v1";
    m33.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m33.o3 = [ "a3" ];
    m33.o4 = { k4 = 4; };
    m33.o5 = lib.mkDefault 165;
    m33.o6 = lib.mkForce "v6";
    m33.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m33.o8 = [ "a8" ];
    m33.o9 = { k9 = 9; };
    m34.o3 = lib.mkAfter [ "from33" ];
  };
})
({ lib, config, ... }: {
  options = {
    m34.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m34.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m34.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m34.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m34.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m34.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m34.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m34.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m34.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m34.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m34.o0 = lib.mkDefault 0;
    m34.o1 = lib.mkForce "v1";
    m34.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m34.o3 = [ "a3" ];
    m34.o4 = { k4 = 4; };
    m34.o5 = lib.mkDefault 170;
    m34.o6 = lib.mkForce "v6";
    m34.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m34.o8 = [ "a8" ];
    m34.o9 = { k9 = 9; };
    m35.o3 = lib.mkAfter [ "from34" ];
  };
})
({ lib, config, ... }: {
  options = {
    m35.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m35.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m35.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m35.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m35.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m35.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m35.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m35.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m35.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m35.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m35.o0 = lib.mkDefault 0;
    m35.o1 = lib.mkForce "v1";
    m35.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m35.o3 = [ "a3" ];
    m35.o4 = { k4 = 4; };
    m35.o5 = lib.mkDefault 175;
    m35.o6 = lib.mkForce "v6";
    m35.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m35.o8 = [ "a8" ];
    m35.o9 = { k9 = 9; };
    m36.o3 = lib.mkAfter [ "from35" ];
  };
})
({ lib, config, ... }: {
  options = {
    m36.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m36.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m36.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m36.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m36.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m36.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m36.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m36.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m36.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m36.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m36.o0 = lib.mkDefault 0;
    m36.o1 = lib.mkForce "v1";
    m36.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m36.o3 = [ "a3" ];
    m36.o4 = { k4 = 4; };
    m36.o5 = lib.mkDefault 180;
    m36.o6 = lib.mkForce "v6";
    m36.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m36.o8 = [ "a8" ];
    m36.o9 = { k9 = 9; };
    m37.o3 = lib.mkAfter [ "from36" ];
  };
})
({ lib, config, ... }: {
  options = {
    m37.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m37.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m37.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m37.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m37.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m37.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m37.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m37.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m37.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m37.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m37.o0 = lib.mkDefault 0;
    m37.o1 = lib.mkForce "v1";
    m37.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m37.o3 = [ "a3" ];
    m37.o4 = { k4 = 4; };
    m37.o5 = lib.mkDefault 185;
    m37.o6 = lib.mkForce "v6";
    m37.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m37.o8 = [ "a8" ];
    m37.o9 = { k9 = 9; };
    m38.o3 = lib.mkAfter [ "from37" ];
  };
})
({ lib, config, ... }: {
  options = {
    m38.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m38.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m38.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m38.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m38.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m38.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m38.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m38.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m38.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m38.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m38.o0 = lib.mkDefault 0;
    m38.o1 = lib.mkForce "v1";
    m38.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m38.o3 = [ "a3" ];
    m38.o4 = { k4 = 4; };
    m38.o5 = lib.mkDefault 190;
    m38.o6 = lib.mkForce "v6";
    m38.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m38.o8 = [ "a8" ];
    m38.o9 = { k9 = 9; };
    m39.o3 = lib.mkAfter [ "from38" ];
  };
})
({ lib, config, ... }: {
  options = {
    m39.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m39.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m39.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m39.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m39.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m39.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m39.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m39.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m39.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m39.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m39.o0 = lib.mkDefault 0;
    m39.o1 = lib.mkForce "v1";
    m39.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m39.o3 = [ "a3" ];
    m39.o4 = { k4 = 4; };
    m39.o5 = lib.mkDefault 195;
    m39.o6 = lib.mkForce "v6";
    m39.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m39.o8 = [ "a8" ];
    m39.o9 = { k9 = 9; };
    m40.o3 = lib.mkAfter [ "from39" ];
  };
})
({ lib, config, ... }: {
  options = {
    m40.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m40.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m40.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m40.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m40.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m40.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m40.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m40.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m40.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m40.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m40.o0 = lib.mkDefault 0;
    m40.o1 = lib.mkForce "v1";
    m40.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m40.o3 = [ "a3" ];
    m40.o4 = { k4 = 4; };
    m40.o5 = lib.mkDefault 200;
    m40.o6 = lib.mkForce "v6";
    m40.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m40.o8 = [ "a8" ];
    m40.o9 = { k9 = 9; };
    m41.o3 = lib.mkAfter [ "from40" ];
  };
})
({ lib, config, ... }: {
  options = {
    m41.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m41.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m41.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m41.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m41.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m41.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m41.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m41.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m41.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m41.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m41.o0 = lib.mkDefault 0;
    m41.o1 = lib.mkForce "v1";
    m41.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m41.o3 = [ "a3" ];
    m41.o4 = { k4 = 4; };
    m41.o5 = lib.mkDefault 205;
    m41.o6 = lib.mkForce "v6";
    m41.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m41.o8 = [ "a8" ];
    m41.o9 = { k9 = 9; };
    m42.o3 = lib.mkAfter [ "from41" ];
  };
})
({ lib, config, ... }: {
  options = {
    m42.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m42.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m42.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m42.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m42.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m42.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m42.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m42.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m42.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m42.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m42.o0 = lib.mkDefault 0;
    m42.o1 = lib.mkForce "v1";
    m42.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m42.o3 = [ "a3" ];
    m42.o4 = { k4 = 4; };
    m42.o5 = lib.mkDefault 210;
    m42.o6 = lib.mkForce "v6";
    m42.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m42.o8 = [ "a8" ];
    m42.o9 = { k9 = 9; };
    m43.o3 = lib.mkAfter [ "from42" ];
  };
})
({ lib, config, ... }: {
  options = {
    m43.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m43.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m43.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m43.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m43.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m43.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m43.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m43.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m43.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m43.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m43.o0 = lib.mkDefault 0;
    m43.o1 = lib.mkForce "v1";
    m43.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m43.o3 = [ "a3" ];
    m43.o4 = { k4 = 4; };
    m43.o5 = lib.mkDefault 215;
    m43.o6 = lib.mkForce "v6";
    m43.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m43.o8 = [ "a8" ];
    m43.o9 = { k9 = 9; };
    m44.o3 = lib.mkAfter [ "from43" ];
  };
})
({ lib, config, ... }: {
  options = {
    m44.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m44.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m44.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m44.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m44.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m44.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m44.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m44.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m44.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m44.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m44.o0 = lib.mkDefault 0;
    m44.o1 = lib.mkForce "v1";
    m44.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m44.o3 = [ "a3" ];
    m44.o4 = { k4 = 4; };
    m44.o5 = lib.mkDefault 220;
    m44.o6 = lib.mkForce "v6";
    m44.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m44.o8 = [ "a8" ];
    m44.o9 = { k9 = 9; };
    m45.o3 = lib.mkAfter [ "from44" ];
  };
})
({ lib, config, ... }: {
  options = {
    m45.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m45.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m45.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m45.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m45.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m45.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m45.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m45.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m45.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m45.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m45.o0 = lib.mkDefault 0;
    m45.o1 = lib.mkForce "v1";
    m45.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m45.o3 = [ "a3" ];
    m45.o4 = { k4 = 4; };
    m45.o5 = lib.mkDefault 225;
    m45.o6 = lib.mkForce "v6";
    m45.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m45.o8 = [ "a8" ];
    m45.o9 = { k9 = 9; };
    m46.o3 = lib.mkAfter [ "from45" ];
  };
})
({ lib, config, ... }: {
  options = {
    m46.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m46.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m46.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m46.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m46.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m46.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m46.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m46.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m46.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m46.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m46.o0 = lib.mkDefault 0;
    m46.o1 = lib.mkForce "v1";
    m46.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m46.o3 = [ "a3" ];
    m46.o4 = { k4 = 4; };
    m46.o5 = lib.mkDefault 230;
    m46.o6 = lib.mkForce "v6";
    m46.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m46.o8 = [ "a8" ];
    m46.o9 = { k9 = 9; };
    m47.o3 = lib.mkAfter [ "from46" ];
  };
})
({ lib, config, ... }: {
  options = {
    m47.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m47.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m47.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m47.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m47.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m47.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m47.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m47.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m47.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m47.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m47.o0 = lib.mkDefault 0;
    m47.o1 = lib.mkForce "v1";
    m47.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m47.o3 = [ "a3" ];
    m47.o4 = { k4 = 4; };
    m47.o5 = lib.mkDefault 235;
    m47.o6 = lib.mkForce "v6";
    m47.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m47.o8 = [ "a8" ];
    m47.o9 = { k9 = 9; };
    m48.o3 = lib.mkAfter [ "from47" ];
  };
})
({ lib, config, ... }: {
  options = {
    m48.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m48.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m48.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m48.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m48.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m48.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m48.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m48.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m48.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m48.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m48.o0 = lib.mkDefault 0;
    m48.o1 = lib.mkForce "v1";
    m48.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m48.o3 = [ "a3" ];
    m48.o4 = { k4 = 4; };
    m48.o5 = lib.mkDefault 240;
    m48.o6 = lib.mkForce "v6";
    m48.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m48.o8 = [ "a8" ];
    m48.o9 = { k9 = 9; };
    m49.o3 = lib.mkAfter [ "from48" ];
  };
})
({ lib, config, ... }: {
  options = {
    m49.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m49.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m49.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m49.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m49.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m49.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m49.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m49.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m49.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m49.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m49.o0 = lib.mkDefault 0;
    m49.o1 = lib.mkForce "v1";
    m49.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m49.o3 = [ "a3" ];
    m49.o4 = { k4 = 4; };
    m49.o5 = lib.mkDefault 245;
    m49.o6 = lib.mkForce "v6";
    m49.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m49.o8 = [ "a8" ];
    m49.o9 = { k9 = 9; };
    m50.o3 = lib.mkAfter [ "from49" ];
  };
})
({ lib, config, ... }: {
  options = {
    m50.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m50.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m50.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m50.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m50.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m50.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m50.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m50.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m50.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m50.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m50.o0 = lib.mkDefault 0;
    m50.o1 = lib.mkForce "v1";
    m50.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m50.o3 = [ "a3" ];
    m50.o4 = { k4 = 4; };
    m50.o5 = lib.mkDefault 250;
    m50.o6 = lib.mkForce "v6";
    m50.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m50.o8 = [ "a8" ];
    m50.o9 = { k9 = 9; };
    m51.o3 = lib.mkAfter [ "from50" ];
  };
})
({ lib, config, ... }: {
  options = {
    m51.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m51.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m51.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m51.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m51.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m51.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m51.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m51.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m51.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m51.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m51.o0 = lib.mkDefault 0;
    m51.o1 = lib.mkForce "v1";
    m51.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m51.o3 = [ "a3" ];
    m51.o4 = { k4 = 4; };
    m51.o5 = lib.mkDefault 255;
    m51.o6 = lib.mkForce "v6";
    m51.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m51.o8 = [ "a8" ];
    m51.o9 = { k9 = 9; };
    m52.o3 = lib.mkAfter [ "from51" ];
  };
})
({ lib, config, ... }: {
  options = {
    m52.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m52.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m52.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m52.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m52.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m52.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m52.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m52.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m52.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m52.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m52.o0 = lib.mkDefault 0;
    m52.o1 = lib.mkForce "v1";
    m52.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m52.o3 = [ "a3" ];
    m52.o4 = { k4 = 4; };
    m52.o5 = lib.mkDefault 260;
    m52.o6 = lib.mkForce "v6";
    m52.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m52.o8 = [ "a8" ];
    m52.o9 = { k9 = 9; };
    m53.o3 = lib.mkAfter [ "from52" ];
  };
})
({ lib, config, ... }: {
  options = {
    m53.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m53.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m53.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m53.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m53.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m53.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m53.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m53.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m53.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m53.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m53.o0 = lib.mkDefault 0;
    m53.o1 = lib.mkForce "v1";
    m53.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m53.o3 = [ "a3" ];
    m53.o4 = { k4 = 4; };
    m53.o5 = lib.mkDefault 265;
    m53.o6 = lib.mkForce "v6";
    m53.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m53.o8 = [ "a8" ];
    m53.o9 = { k9 = 9; };
    m54.o3 = lib.mkAfter [ "from53" ];
  };
})
({ lib, config, ... }: {
  options = {
    m54.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m54.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m54.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m54.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m54.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m54.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m54.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m54.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m54.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m54.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m54.o0 = lib.mkDefault 0;
    m54.o1 = lib.mkForce "v1";
    m54.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m54.o3 = [ "a3" ];
    m54.o4 = { k4 = 4; };
    m54.o5 = lib.mkDefault 270;
    m54.o6 = lib.mkForce "v6";
    m54.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m54.o8 = [ "a8" ];
    m54.o9 = { k9 = 9; };
    m55.o3 = lib.mkAfter [ "from54" ];
  };
})
({ lib, config, ... }: {
  options = {
    m55.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m55.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m55.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m55.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m55.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m55.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m55.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m55.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m55.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m55.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m55.o0 = lib.mkDefault 0;
    m55.o1 = lib.mkForce "v1";
    m55.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m55.o3 = [ "a3" ];
    m55.o4 = { k4 = 4; };
    m55.o5 = lib.mkDefault 275;
    m55.o6 = lib.mkForce "v6";
    m55.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m55.o8 = [ "a8" ];
    m55.o9 = { k9 = 9; };
    m56.o3 = lib.mkAfter [ "from55" ];
  };
})
({ lib, config, ... }: {
  options = {
    m56.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m56.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m56.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m56.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m56.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m56.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m56.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m56.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m56.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m56.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m56.o0 = lib.mkDefault 0;
    m56.o1 = lib.mkForce "v1";
    m56.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m56.o3 = [ "a3" ];
    m56.o4 = { k4 = 4; };
    m56.o5 = lib.mkDefault 280;
    m56.o6 = lib.mkForce "v6";
    m56.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m56.o8 = [ "a8" ];
    m56.o9 = { k9 = 9; };
    m57.o3 = lib.mkAfter [ "from56" ];
  };
})
({ lib, config, ... }: {
  options = {
    m57.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m57.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m57.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m57.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m57.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m57.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m57.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m57.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m57.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m57.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m57.o0 = lib.mkDefault 0;
    m57.o1 = lib.mkForce "v1";
    m57.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m57.o3 = [ "a3" ];
    m57.o4 = { k4 = 4; };
    m57.o5 = lib.mkDefault 285;
    m57.o6 = lib.mkForce "v6";
    m57.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m57.o8 = [ "a8" ];
    m57.o9 = { k9 = 9; };
    m58.o3 = lib.mkAfter [ "from57" ];
  };
})
({ lib, config, ... }: {
  options = {
    m58.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m58.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m58.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m58.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m58.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m58.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m58.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m58.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m58.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m58.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m58.o0 = lib.mkDefault 0;
    m58.o1 = lib.mkForce "v1";
    m58.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m58.o3 = [ "a3" ];
    m58.o4 = { k4 = 4; };
    m58.o5 = lib.mkDefault 290;
    m58.o6 = lib.mkForce "v6";
    m58.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m58.o8 = [ "a8" ];
    m58.o9 = { k9 = 9; };
    m59.o3 = lib.mkAfter [ "from58" ];
  };
})
({ lib, config, ... }: {
  options = {
    m59.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m59.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m59.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m59.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m59.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m59.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m59.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m59.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m59.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m59.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m59.o0 = lib.mkDefault 0;
    m59.o1 = lib.mkForce "v1";
    m59.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m59.o3 = [ "a3" ];
    m59.o4 = { k4 = 4; };
    m59.o5 = lib.mkDefault 295;
    m59.o6 = lib.mkForce "v6";
    m59.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m59.o8 = [ "a8" ];
    m59.o9 = { k9 = 9; };
    m60.o3 = lib.mkAfter [ "from59" ];
  };
})
({ lib, config, ... }: {
  options = {
    m60.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m60.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m60.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m60.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m60.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m60.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m60.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m60.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m60.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m60.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m60.o0 = lib.mkDefault 0;
    m60.o1 = lib.mkForce "v1";
    m60.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m60.o3 = [ "a3" ];
    m60.o4 = { k4 = 4; };
    m60.o5 = lib.mkDefault 300;
    m60.o6 = lib.mkForce "v6";
    m60.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m60.o8 = [ "a8" ];
    m60.o9 = { k9 = 9; };
    m61.o3 = lib.mkAfter [ "from60" ];
  };
})
({ lib, config, ... }: {
  options = {
    m61.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m61.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m61.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m61.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m61.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m61.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m61.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m61.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m61.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m61.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m61.o0 = lib.mkDefault 0;
    m61.o1 = lib.mkForce "v1";
    m61.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m61.o3 = [ "a3" ];
    m61.o4 = { k4 = 4; };
    m61.o5 = lib.mkDefault 305;
    m61.o6 = lib.mkForce "v6";
    m61.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m61.o8 = [ "a8" ];
    m61.o9 = { k9 = 9; };
    m62.o3 = lib.mkAfter [ "from61" ];
  };
})
({ lib, config, ... }: {
  options = {
    m62.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m62.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m62.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m62.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m62.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m62.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m62.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m62.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m62.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m62.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m62.o0 = lib.mkDefault 0;
    m62.o1 = lib.mkForce "v1";
    m62.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m62.o3 = [ "a3" ];
    m62.o4 = { k4 = 4; };
    m62.o5 = lib.mkDefault 310;
    m62.o6 = lib.mkForce "v6";
    m62.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m62.o8 = [ "a8" ];
    m62.o9 = { k9 = 9; };
    m63.o3 = lib.mkAfter [ "from62" ];
  };
})
({ lib, config, ... }: {
  options = {
    m63.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m63.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m63.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m63.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m63.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m63.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m63.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m63.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m63.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m63.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m63.o0 = lib.mkDefault 0;
    m63.o1 = lib.mkForce "v1";
    m63.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m63.o3 = [ "a3" ];
    m63.o4 = { k4 = 4; };
    m63.o5 = lib.mkDefault 315;
    m63.o6 = lib.mkForce "v6";
    m63.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m63.o8 = [ "a8" ];
    m63.o9 = { k9 = 9; };
    m64.o3 = lib.mkAfter [ "from63" ];
  };
})
({ lib, config, ... }: {
  options = {
    m64.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m64.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m64.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m64.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m64.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m64.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m64.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m64.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m64.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m64.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m64.o0 = lib.mkDefault 0;
    m64.o1 = lib.mkForce "v1";
    m64.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m64.o3 = [ "a3" ];
    m64.o4 = { k4 = 4; };
    m64.o5 = lib.mkDefault 320;
    m64.o6 = lib.mkForce "v6";
    m64.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m64.o8 = [ "a8" ];
    m64.o9 = { k9 = 9; };
    m65.o3 = lib.mkAfter [ "from64" ];
  };
})
({ lib, config, ... }: {
  options = {
    m65.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m65.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m65.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m65.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m65.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m65.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m65.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m65.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m65.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m65.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m65.o0 = lib.mkDefault 0;
    m65.o1 = lib.mkForce "v1";
    m65.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m65.o3 = [ "a3" ];
    m65.o4 = { k4 = 4; };
    m65.o5 = lib.mkDefault 325;
    m65.o6 = lib.mkForce "v6";
    m65.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m65.o8 = [ "a8" ];
    m65.o9 = { k9 = 9; };
    m66.o3 = lib.mkAfter [ "from65" ];
  };
})
({ lib, config, ... }: {
  options = {
    m66.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m66.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m66.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m66.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m66.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m66.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m66.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m66.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m66.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m66.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m66.o0 = lib.mkDefault 0;
    m66.o1 = lib.mkForce "v1";
    m66.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m66.o3 = [ "a3" ];
    m66.o4 = { k4 = 4; };
    m66.o5 = lib.mkDefault 330;
    m66.o6 = lib.mkForce "v6";
    m66.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m66.o8 = [ "a8" ];
    m66.o9 = { k9 = 9; };
    m67.o3 = lib.mkAfter [ "from66" ];
  };
})
({ lib, config, ... }: {
  options = {
    m67.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m67.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m67.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m67.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m67.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m67.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m67.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m67.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m67.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m67.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m67.o0 = lib.mkDefault 0;
    m67.o1 = lib.mkForce "v1";
    m67.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m67.o3 = [ "a3" ];
    m67.o4 = { k4 = 4; };
    m67.o5 = lib.mkDefault 335;
    m67.o6 = lib.mkForce "v6";
    m67.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m67.o8 = [ "a8" ];
    m67.o9 = { k9 = 9; };
    m68.o3 = lib.mkAfter [ "from67" ];
  };
})
({ lib, config, ... }: {
  options = {
    m68.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m68.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m68.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m68.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m68.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m68.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m68.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m68.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m68.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m68.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m68.o0 = lib.mkDefault 0;
    m68.o1 = lib.mkForce "v1";
    m68.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m68.o3 = [ "a3" ];
    m68.o4 = { k4 = 4; };
    m68.o5 = lib.mkDefault 340;
    m68.o6 = lib.mkForce "v6";
    m68.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m68.o8 = [ "a8" ];
    m68.o9 = { k9 = 9; };
    m69.o3 = lib.mkAfter [ "from68" ];
  };
})
({ lib, config, ... }: {
  options = {
    m69.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m69.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m69.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m69.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m69.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m69.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m69.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m69.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m69.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m69.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m69.o0 = lib.mkDefault 0;
    m69.o1 = lib.mkForce "v1";
    m69.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m69.o3 = [ "a3" ];
    m69.o4 = { k4 = 4; };
    m69.o5 = lib.mkDefault 345;
    m69.o6 = lib.mkForce "v6";
    m69.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m69.o8 = [ "a8" ];
    m69.o9 = { k9 = 9; };
    m70.o3 = lib.mkAfter [ "from69" ];
  };
})
({ lib, config, ... }: {
  options = {
    m70.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m70.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m70.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m70.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m70.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m70.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m70.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m70.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m70.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m70.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m70.o0 = lib.mkDefault 0;
    m70.o1 = lib.mkForce "v1";
    m70.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m70.o3 = [ "a3" ];
    m70.o4 = { k4 = 4; };
    m70.o5 = lib.mkDefault 350;
    m70.o6 = lib.mkForce "v6";
    m70.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m70.o8 = [ "a8" ];
    m70.o9 = { k9 = 9; };
    m71.o3 = lib.mkAfter [ "from70" ];
  };
})
({ lib, config, ... }: {
  options = {
    m71.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m71.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m71.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m71.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m71.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m71.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m71.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m71.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m71.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m71.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m71.o0 = lib.mkDefault 0;
    m71.o1 = lib.mkForce "v1";
    m71.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m71.o3 = [ "a3" ];
    m71.o4 = { k4 = 4; };
    m71.o5 = lib.mkDefault 355;
    m71.o6 = lib.mkForce "v6";
    m71.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m71.o8 = [ "a8" ];
    m71.o9 = { k9 = 9; };
    m72.o3 = lib.mkAfter [ "from71" ];
  };
})
({ lib, config, ... }: {
  options = {
    m72.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m72.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m72.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m72.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m72.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m72.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m72.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m72.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m72.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m72.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m72.o0 = lib.mkDefault 0;
    m72.o1 = lib.mkForce "v1";
    m72.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m72.o3 = [ "a3" ];
    m72.o4 = { k4 = 4; };
    m72.o5 = lib.mkDefault 360;
    m72.o6 = lib.mkForce "v6";
    m72.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m72.o8 = [ "a8" ];
    m72.o9 = { k9 = 9; };
    m73.o3 = lib.mkAfter [ "from72" ];
  };
})
({ lib, config, ... }: {
  options = {
    m73.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m73.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m73.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m73.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m73.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m73.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m73.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m73.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m73.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m73.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m73.o0 = lib.mkDefault 0;
    m73.o1 = lib.mkForce "v1";
    m73.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m73.o3 = [ "a3" ];
    m73.o4 = { k4 = 4; };
    m73.o5 = lib.mkDefault 365;
    m73.o6 = lib.mkForce "v6";
    m73.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m73.o8 = [ "a8" ];
    m73.o9 = { k9 = 9; };
    m74.o3 = lib.mkAfter [ "from73" ];
  };
})
({ lib, config, ... }: {
  options = {
    m74.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m74.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m74.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m74.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m74.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m74.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m74.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m74.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m74.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m74.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m74.o0 = lib.mkDefault 0;
    m74.o1 = lib.mkForce "v1";
    m74.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m74.o3 = [ "a3" ];
    m74.o4 = { k4 = 4; };
    m74.o5 = lib.mkDefault 370;
    m74.o6 = lib.mkForce "v6";
    m74.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m74.o8 = [ "a8" ];
    m74.o9 = { k9 = 9; };
    m75.o3 = lib.mkAfter [ "from74" ];
  };
})
({ lib, config, ... }: {
  options = {
    m75.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m75.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m75.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m75.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m75.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m75.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m75.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m75.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m75.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m75.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m75.o0 = lib.mkDefault 0;
    m75.o1 = lib.mkForce "v1";
    m75.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m75.o3 = [ "a3" ];
    m75.o4 = { k4 = 4; };
    m75.o5 = lib.mkDefault 375;
    m75.o6 = lib.mkForce "v6";
    m75.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m75.o8 = [ "a8" ];
    m75.o9 = { k9 = 9; };
    m76.o3 = lib.mkAfter [ "from75" ];
  };
})
({ lib, config, ... }: {
  options = {
    m76.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m76.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m76.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m76.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m76.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m76.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m76.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m76.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m76.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m76.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m76.o0 = lib.mkDefault 0;
    m76.o1 = lib.mkForce "v1";
    m76.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m76.o3 = [ "a3" ];
    m76.o4 = { k4 = 4; };
    m76.o5 = lib.mkDefault 380;
    m76.o6 = lib.mkForce "v6";
    m76.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m76.o8 = [ "a8" ];
    m76.o9 = { k9 = 9; };
    m77.o3 = lib.mkAfter [ "from76" ];
  };
})
({ lib, config, ... }: {
  options = {
    m77.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m77.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m77.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m77.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m77.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m77.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m77.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m77.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m77.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m77.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m77.o0 = lib.mkDefault 0;
    m77.o1 = lib.mkForce "v1";
    m77.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m77.o3 = [ "a3" ];
    m77.o4 = { k4 = 4; };
    m77.o5 = lib.mkDefault 385;
    m77.o6 = lib.mkForce "v6";
    m77.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m77.o8 = [ "a8" ];
    m77.o9 = { k9 = 9; };
    m78.o3 = lib.mkAfter [ "from77" ];
  };
})
({ lib, config, ... }: {
  options = {
    m78.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m78.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m78.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m78.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m78.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m78.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m78.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m78.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m78.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m78.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m78.o0 = lib.mkDefault 0;
    m78.o1 = lib.mkForce "v1";
    m78.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m78.o3 = [ "a3" ];
    m78.o4 = { k4 = 4; };
    m78.o5 = lib.mkDefault 390;
    m78.o6 = lib.mkForce "v6";
    m78.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m78.o8 = [ "a8" ];
    m78.o9 = { k9 = 9; };
    m79.o3 = lib.mkAfter [ "from78" ];
  };
})
({ lib, config, ... }: {
  options = {
    m79.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m79.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m79.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m79.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m79.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m79.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m79.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m79.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m79.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m79.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m79.o0 = lib.mkDefault 0;
    m79.o1 = lib.mkForce "v1";
    m79.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m79.o3 = [ "a3" ];
    m79.o4 = { k4 = 4; };
    m79.o5 = lib.mkDefault 395;
    m79.o6 = lib.mkForce "v6";
    m79.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m79.o8 = [ "a8" ];
    m79.o9 = { k9 = 9; };
    m80.o3 = lib.mkAfter [ "from79" ];
  };
})
({ lib, config, ... }: {
  options = {
    m80.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m80.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m80.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m80.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m80.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m80.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m80.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m80.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m80.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m80.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m80.o0 = lib.mkDefault 0;
    m80.o1 = lib.mkForce "v1";
    m80.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m80.o3 = [ "a3" ];
    m80.o4 = { k4 = 4; };
    m80.o5 = lib.mkDefault 400;
    m80.o6 = lib.mkForce "v6";
    m80.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m80.o8 = [ "a8" ];
    m80.o9 = { k9 = 9; };
    m81.o3 = lib.mkAfter [ "from80" ];
  };
})
({ lib, config, ... }: {
  options = {
    m81.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m81.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m81.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m81.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m81.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m81.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m81.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m81.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m81.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m81.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m81.o0 = lib.mkDefault 0;
    m81.o1 = lib.mkForce "v1";
    m81.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m81.o3 = [ "a3" ];
    m81.o4 = { k4 = 4; };
    m81.o5 = lib.mkDefault 405;
    m81.o6 = lib.mkForce "v6";
    m81.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m81.o8 = [ "a8" ];
    m81.o9 = { k9 = 9; };
    m82.o3 = lib.mkAfter [ "from81" ];
  };
})
({ lib, config, ... }: {
  options = {
    m82.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m82.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m82.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m82.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m82.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m82.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m82.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m82.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m82.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m82.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m82.o0 = lib.mkDefault 0;
    m82.o1 = lib.mkForce "v1";
    m82.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m82.o3 = [ "a3" ];
    m82.o4 = { k4 = 4; };
    m82.o5 = lib.mkDefault 410;
    m82.o6 = lib.mkForce "v6";
    m82.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m82.o8 = [ "a8" ];
    m82.o9 = { k9 = 9; };
    m83.o3 = lib.mkAfter [ "from82" ];
  };
})
({ lib, config, ... }: {
  options = {
    m83.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m83.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m83.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m83.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m83.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m83.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m83.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m83.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m83.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m83.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m83.o0 = lib.mkDefault 0;
    m83.o1 = lib.mkForce "v1";
    m83.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m83.o3 = [ "a3" ];
    m83.o4 = { k4 = 4; };
    m83.o5 = lib.mkDefault 415;
    m83.o6 = lib.mkForce "v6";
    m83.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m83.o8 = [ "a8" ];
    m83.o9 = { k9 = 9; };
    m84.o3 = lib.mkAfter [ "from83" ];
  };
})
({ lib, config, ... }: {
  options = {
    m84.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m84.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m84.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m84.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m84.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m84.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m84.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m84.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m84.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m84.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m84.o0 = lib.mkDefault 0;
    m84.o1 = lib.mkForce "v1";
    m84.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m84.o3 = [ "a3" ];
    m84.o4 = { k4 = 4; };
    m84.o5 = lib.mkDefault 420;
    m84.o6 = lib.mkForce "v6";
    m84.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m84.o8 = [ "a8" ];
    m84.o9 = { k9 = 9; };
    m85.o3 = lib.mkAfter [ "from84" ];
  };
})
({ lib, config, ... }: {
  options = {
    m85.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m85.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m85.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m85.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m85.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m85.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m85.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m85.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m85.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m85.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m85.o0 = lib.mkDefault 0;
    m85.o1 = lib.mkForce "v1";
    m85.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m85.o3 = [ "a3" ];
    m85.o4 = { k4 = 4; };
    m85.o5 = lib.mkDefault 425;
    m85.o6 = lib.mkForce "v6";
    m85.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m85.o8 = [ "a8" ];
    m85.o9 = { k9 = 9; };
    m86.o3 = lib.mkAfter [ "from85" ];
  };
})
({ lib, config, ... }: {
  options = {
    m86.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m86.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m86.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m86.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m86.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m86.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m86.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m86.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m86.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m86.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m86.o0 = lib.mkDefault 0;
    m86.o1 = lib.mkForce "v1";
    m86.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m86.o3 = [ "a3" ];
    m86.o4 = { k4 = 4; };
    m86.o5 = lib.mkDefault 430;
    m86.o6 = lib.mkForce "v6";
    m86.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m86.o8 = [ "a8" ];
    m86.o9 = { k9 = 9; };
    m87.o3 = lib.mkAfter [ "from86" ];
  };
})
({ lib, config, ... }: {
  options = {
    m87.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m87.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m87.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m87.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m87.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m87.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m87.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m87.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m87.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m87.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m87.o0 = lib.mkDefault 0;
    m87.o1 = lib.mkForce "v1";
    m87.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m87.o3 = [ "a3" ];
    m87.o4 = { k4 = 4; };
    m87.o5 = lib.mkDefault 435;
    m87.o6 = lib.mkForce "v6";
    m87.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m87.o8 = [ "a8" ];
    m87.o9 = { k9 = 9; };
    m88.o3 = lib.mkAfter [ "from87" ];
  };
})
({ lib, config, ... }: {
  options = {
    m88.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m88.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m88.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m88.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m88.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m88.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m88.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m88.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m88.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m88.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m88.o0 = lib.mkDefault 0;
    m88.o1 = lib.mkForce "v1";
    m88.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m88.o3 = [ "a3" ];
    m88.o4 = { k4 = 4; };
    m88.o5 = lib.mkDefault 440;
    m88.o6 = lib.mkForce "v6";
    m88.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m88.o8 = [ "a8" ];
    m88.o9 = { k9 = 9; };
    m89.o3 = lib.mkAfter [ "from88" ];
  };
})
({ lib, config, ... }: {
  options = {
    m89.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m89.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m89.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m89.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m89.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m89.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m89.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m89.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m89.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m89.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m89.o0 = lib.mkDefault 0;
    m89.o1 = lib.mkForce "v1";
    m89.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m89.o3 = [ "a3" ];
    m89.o4 = { k4 = 4; };
    m89.o5 = lib.mkDefault 445;
    m89.o6 = lib.mkForce "v6";
    m89.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m89.o8 = [ "a8" ];
    m89.o9 = { k9 = 9; };
    m90.o3 = lib.mkAfter [ "from89" ];
  };
})
({ lib, config, ... }: {
  options = {
    m90.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m90.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m90.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m90.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m90.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m90.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m90.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m90.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m90.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m90.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m90.o0 = lib.mkDefault 0;
    m90.o1 = lib.mkForce "v1";
    m90.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m90.o3 = [ "a3" ];
    m90.o4 = { k4 = 4; };
    m90.o5 = lib.mkDefault 450;
    m90.o6 = lib.mkForce "v6";
    m90.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m90.o8 = [ "a8" ];
    m90.o9 = { k9 = 9; };
    m91.o3 = lib.mkAfter [ "from90" ];
  };
})
({ lib, config, ... }: {
  options = {
    m91.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m91.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m91.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m91.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m91.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m91.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m91.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m91.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m91.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m91.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m91.o0 = lib.mkDefault 0;
    m91.o1 = lib.mkForce "v1";
    m91.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m91.o3 = [ "a3" ];
    m91.o4 = { k4 = 4; };
    m91.o5 = lib.mkDefault 455;
    m91.o6 = lib.mkForce "v6";
    m91.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m91.o8 = [ "a8" ];
    m91.o9 = { k9 = 9; };
    m92.o3 = lib.mkAfter [ "from91" ];
  };
})
({ lib, config, ... }: {
  options = {
    m92.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m92.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m92.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m92.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m92.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m92.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m92.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m92.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m92.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m92.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m92.o0 = lib.mkDefault 0;
    m92.o1 = lib.mkForce "v1";
    m92.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m92.o3 = [ "a3" ];
    m92.o4 = { k4 = 4; };
    m92.o5 = lib.mkDefault 460;
    m92.o6 = lib.mkForce "v6";
    m92.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m92.o8 = [ "a8" ];
    m92.o9 = { k9 = 9; };
    m93.o3 = lib.mkAfter [ "from92" ];
  };
})
({ lib, config, ... }: {
  options = {
    m93.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m93.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m93.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m93.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m93.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m93.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m93.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m93.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m93.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m93.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m93.o0 = lib.mkDefault 0;
    m93.o1 = lib.mkForce "v1";
    m93.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m93.o3 = [ "a3" ];
    m93.o4 = { k4 = 4; };
    m93.o5 = lib.mkDefault 465;
    m93.o6 = lib.mkForce "v6";
    m93.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m93.o8 = [ "a8" ];
    m93.o9 = { k9 = 9; };
    m94.o3 = lib.mkAfter [ "from93" ];
  };
})
({ lib, config, ... }: {
  options = {
    m94.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m94.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m94.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m94.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m94.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m94.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m94.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m94.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m94.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m94.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m94.o0 = lib.mkDefault 0;
    m94.o1 = lib.mkForce "v1";
    m94.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m94.o3 = [ "a3" ];
    m94.o4 = { k4 = 4; };
    m94.o5 = lib.mkDefault 470;
    m94.o6 = lib.mkForce "v6";
    m94.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m94.o8 = [ "a8" ];
    m94.o9 = { k9 = 9; };
    m95.o3 = lib.mkAfter [ "from94" ];
  };
})
({ lib, config, ... }: {
  options = {
    m95.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m95.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m95.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m95.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m95.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m95.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m95.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m95.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m95.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m95.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m95.o0 = lib.mkDefault 0;
    m95.o1 = lib.mkForce "v1";
    m95.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m95.o3 = [ "a3" ];
    m95.o4 = { k4 = 4; };
    m95.o5 = lib.mkDefault 475;
    m95.o6 = lib.mkForce "v6";
    m95.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m95.o8 = [ "a8" ];
    m95.o9 = { k9 = 9; };
    m96.o3 = lib.mkAfter [ "from95" ];
  };
})
({ lib, config, ... }: {
  options = {
    m96.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m96.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m96.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m96.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m96.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m96.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m96.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m96.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m96.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m96.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m96.o0 = lib.mkDefault 0;
    m96.o1 = lib.mkForce "v1";
    m96.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m96.o3 = [ "a3" ];
    m96.o4 = { k4 = 4; };
    m96.o5 = lib.mkDefault 480;
    m96.o6 = lib.mkForce "v6";
    m96.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m96.o8 = [ "a8" ];
    m96.o9 = { k9 = 9; };
    m97.o3 = lib.mkAfter [ "from96" ];
  };
})
({ lib, config, ... }: {
  options = {
    m97.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m97.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m97.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m97.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m97.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m97.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m97.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m97.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m97.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m97.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m97.o0 = lib.mkDefault 0;
    m97.o1 = lib.mkForce "v1";
    m97.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m97.o3 = [ "a3" ];
    m97.o4 = { k4 = 4; };
    m97.o5 = lib.mkDefault 485;
    m97.o6 = lib.mkForce "v6";
    m97.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m97.o8 = [ "a8" ];
    m97.o9 = { k9 = 9; };
    m98.o3 = lib.mkAfter [ "from97" ];
  };
})
({ lib, config, ... }: {
  options = {
    m98.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m98.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m98.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m98.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m98.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m98.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m98.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m98.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m98.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m98.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m98.o0 = lib.mkDefault 0;
    m98.o1 = lib.mkForce "v1";
    m98.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m98.o3 = [ "a3" ];
    m98.o4 = { k4 = 4; };
    m98.o5 = lib.mkDefault 490;
    m98.o6 = lib.mkForce "v6";
    m98.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m98.o8 = [ "a8" ];
    m98.o9 = { k9 = 9; };
    m99.o3 = lib.mkAfter [ "from98" ];
  };
})
({ lib, config, ... }: {
  options = {
    m99.o0 = lib.mkOption { type = lib.types.int; default = 0; };
    m99.o1 = lib.mkOption { type = lib.types.str; default = "x"; };
    m99.o2 = lib.mkOption { type = lib.types.bool; default = false; };
    m99.o3 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m99.o4 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
    m99.o5 = lib.mkOption { type = lib.types.int; default = 0; };
    m99.o6 = lib.mkOption { type = lib.types.str; default = "x"; };
    m99.o7 = lib.mkOption { type = lib.types.bool; default = false; };
    m99.o8 = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    m99.o9 = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  config = {
    m99.o0 = lib.mkDefault 0;
    m99.o1 = lib.mkForce "v1";
    m99.o2 = lib.mkIf (config.m0.o0 >= 0) true;
    m99.o3 = [ "a3" ];
    m99.o4 = { k4 = 4; };
    m99.o5 = lib.mkDefault 495;
    m99.o6 = lib.mkForce "v6";
    m99.o7 = lib.mkIf (config.m0.o0 >= 0) true;
    m99.o8 = [ "a8" ];
    m99.o9 = { k9 = 9; };
    m0.o3 = lib.mkAfter [ "from99" ];
  };
})
]; }).config
