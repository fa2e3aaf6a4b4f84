let d = ../data/readdir; in import (d + "/file-b.nix")
