let base = { cfg = { a = 1; b = 2; }; }; in (base // { cfg.b = 3; }).cfg
