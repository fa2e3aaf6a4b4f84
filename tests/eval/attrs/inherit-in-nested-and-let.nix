let pkgs = { hello = "hello-2.12"; cowsay = "cowsay-3.7"; }; in {
  environment = { inherit (pkgs) hello; packages = with pkgs; [ hello cowsay ]; };
  inherit pkgs;
}
