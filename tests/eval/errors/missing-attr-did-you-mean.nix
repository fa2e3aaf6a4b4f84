let s = { enable = true; enabled = false; port = 1; }; in s.enabel
