[ (builtins.isNull null) (null == null) (builtins.isNull false) (builtins.isNull { }) ]
