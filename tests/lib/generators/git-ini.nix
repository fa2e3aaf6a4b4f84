let lib = import <nixpkgs/lib>; in
lib.generators.toGitINI {
  user = { name = "A. U. Thor"; email = "a@example.org"; };
  core.editor = "vim";
  "url \"https://x\"".insteadOf = "gh:";
  remote.origin = { url = "git@host:repo"; fetch = [ "+refs/a" "+refs/b" ]; };
  alias.lg = "log --graph\t--oneline \"q\" \\";
  branch.main.remote = "origin";
  http.sslVerify = false;
  gc.auto = 0;
}
