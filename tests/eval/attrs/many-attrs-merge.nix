# A let and a set with more than 16 bindings (vmcmd indexes those):
# nested paths and inherits merge across the whole set.
let
  v0 = 0;
  v1 = 1;
  v2 = 2;
  v3 = 3;
  v4 = 4;
  v5 = 5;
  v6 = 6;
  v7 = 7;
  v8 = 8;
  v9 = 9;
  v10 = 10;
  v11 = 11;
  v12 = 12;
  v13 = 13;
  v14 = 14;
  v15 = 15;
  v16 = 16;
  v17 = 17;
  v18 = 18;
  v19 = 19;
  v20 = 20;
  v21 = 21;
  v22 = 22;
  v23 = 23;
  s = {
    k0 = v0;
    k1 = v1;
    k2 = v2;
    k3 = v3;
    k4 = v4;
    k5 = v5;
    k6 = v6;
    k7 = v7;
    k8 = v8;
    k9 = v9;
    k10 = v10;
    k11 = v11;
    k12 = v12;
    k13 = v13;
    k14 = v14;
    k15 = v15;
    k16 = v16;
    k17 = v17;
    k18 = v18;
    k19 = v19;
    n.a = 1;
    inherit v21 v22;
    n.b = v23;
    n.c.d = 2;
    n.c.e = 3;
  };
in [ s (v0 + v23) ]
