rec { cfg = { port = 80; }; url = "http://host:${toString cfg.port}"; }
