[ (1 == "1") (null == false) (null == null) ([ ] == { }) ("" == null) (true == 1) (true == true) (false != false) ]
