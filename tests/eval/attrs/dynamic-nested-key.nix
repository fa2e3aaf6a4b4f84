let n = "svc"; in { services.${n} = { enable = true; port = 8080; }; services.other = { }; services.static.x.${n} = 1; }
