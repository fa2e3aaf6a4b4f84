let n = toString 42; in "answer: ${n}"
