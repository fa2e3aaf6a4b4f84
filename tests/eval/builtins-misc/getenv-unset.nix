[ (builtins.getEnv "VMCMD_TEST_UNSET_VAR") (builtins.getEnv "") ]
