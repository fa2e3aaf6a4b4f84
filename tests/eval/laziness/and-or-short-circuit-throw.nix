[ (false && (throw "x")) (true || (abort "y")) (if true then 1 else throw "z") ]
