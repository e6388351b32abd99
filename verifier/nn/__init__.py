"""Neural-network code on the proved kernels: the MLP, gradient checks and bug diagnosis."""
