"""Neural-network code on the proved kernels, one module per concern.

* `mlp` - the MLP whose activations are the generated kernel pairs
* `gradients` - `check_gradients`: your hand-written gradients against your loss
* `gradcheck` - the MLP's backprop against finite differences
* `diagnose` - which common bug reproduces an MLP's hand-written gradients
* `compare` - a hand-written kernel against a generated one, in ULP
* `blog` - the blog network this project grew from, its crash and its wrong derivative
* `loader` - the user's own code (``path.py:function``), its errors as bad input
"""
