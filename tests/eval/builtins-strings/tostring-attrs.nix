[ (toString { __toString = s: "custom"; }) (toString { outPath = "/out"; }) (toString { __toString = s: s.x; x = "self"; }) ]
