let n = "svc"; in { services.${n}.enable = true; services.${n}.port = 8080; services.other = { }; }
