"""Shallow network: the 2-D data set, the hidden layer, the run's hyper-parameters, the experiment."""

from core.planar import PLANAR_SETS
from core.settings import CHOICE, SLIDER, Setting, log_grid

LIVE_SECONDS = {"instant": 0.0, "watch": 4.0}
EXPERIMENT_UNITS = (1, 2, 3, 4, 5, 20, 50)

DATA = Setting("sn_data", "shallow_network.data", CHOICE, "flower", options=tuple(PLANAR_SETS),
               option_labels=tuple(f"shallow_network.data_{name}" for name in PLANAR_SETS))
NOISE = Setting("sn_noise", "shallow_network.noise", SLIDER, 0.2, min_value=0.0, max_value=0.5, step=0.05)
HIDDEN = Setting("sn_hidden", "shallow_network.hidden", SLIDER, 4, min_value=1, max_value=50, step=1)
ACTIVATION = Setting("sn_act", "shallow_network.activation", CHOICE, "tanh", options=("tanh", "relu", "sigmoid"),
                     option_labels=("shallow_network.act_tanh", "shallow_network.act_relu", "shallow_network.act_sigmoid"))
LEARNING_RATE = Setting("sn_lr", "shallow_network.lr", CHOICE, 1.2, options=log_grid(1e-3, 10.0, mantissas=(1, 1.2, 2, 5)))
ITERATIONS = Setting("sn_iters", "shallow_network.iters", SLIDER, 10000, min_value=100, max_value=20000, step=100)
SEED = Setting("sn_seed", "shallow_network.seed", SLIDER, 2, min_value=0, max_value=50, step=1)
PACE = Setting("sn_pace", "shallow_network.pace", CHOICE, "watch", options=tuple(LIVE_SECONDS),
               option_labels=("shallow_network.pace_instant", "shallow_network.pace_watch"))
EXPERIMENT_ITERATIONS = Setting("sn_exp_iters", "shallow_network.experiment_iters", SLIDER, 5000,
                                min_value=100, max_value=10000, step=100)

SETTINGS = (DATA, NOISE, HIDDEN, ACTIVATION, LEARNING_RATE, ITERATIONS, SEED, PACE, EXPERIMENT_ITERATIONS)
