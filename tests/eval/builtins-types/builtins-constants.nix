[ builtins.true builtins.false builtins.null (builtins.isString builtins.currentSystem) (builtins.typeOf builtins.langVersion) (builtins.isInt builtins.currentTime) ]
