let v = builtins.getEnv "VMCMD_TEST_UNSET_VAR"; in if v == "" then "default-value" else v
