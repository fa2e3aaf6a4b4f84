{ name, greeting ? "hello" }: "${greeting}, ${name}!"
