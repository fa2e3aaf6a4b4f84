let name = "world"; n = 3; in [ "hello ${name}" "${name}${name}" "n=${toString n}" "${"nested ${"deep ${name}"}"}" ]
