[ http://example.org/foo?bar=1 https://nixos.org mailto:someone@example.com ]
