[ (!true == false) (! false && true) (!(true && false)) ]
