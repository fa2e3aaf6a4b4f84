let unused = throw "not forced"; used = 3; in used
