let cfg = { enable = true; }; in assert cfg ? port; cfg.port
