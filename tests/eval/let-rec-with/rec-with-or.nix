rec { a = { }; b = a.missing or "default"; c = a ? missing; }
