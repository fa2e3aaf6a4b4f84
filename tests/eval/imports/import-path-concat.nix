(import (../data + "/relative" + "/leaf.nix")).leaf
