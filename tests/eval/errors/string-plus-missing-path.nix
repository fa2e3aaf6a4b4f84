"prefix-" + ./does-not-exist
