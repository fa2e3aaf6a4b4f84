[ builtins.storeDir builtins.nixVersion builtins.langVersion ]
