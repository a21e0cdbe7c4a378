"""Shallow network: the 2-D data set, the hidden layer, the run's hyper-parameters, the experiment."""

from core.planar import PLANAR_SETS
from core.settings import CHOICE, SLIDER, Setting, log_grid

LIVE_SECONDS = {"instant": 0.0, "watch": 4.0}
EXPERIMENT_UNITS = (1, 2, 3, 4, 5, 20, 50)

DATA = Setting("sn_data", "sn.data", CHOICE, "flower", options=tuple(PLANAR_SETS),
               option_labels=tuple(f"sn.data_{name}" for name in PLANAR_SETS))
NOISE = Setting("sn_noise", "sn.noise", SLIDER, 0.2, min_value=0.0, max_value=0.5, step=0.05)
HIDDEN = Setting("sn_hidden", "sn.hidden", SLIDER, 4, min_value=1, max_value=50, step=1)
ACTIVATION = Setting("sn_act", "sn.activation", CHOICE, "tanh", options=("tanh", "relu", "sigmoid"),
                     option_labels=("sn.act_tanh", "sn.act_relu", "sn.act_sigmoid"))
LEARNING_RATE = Setting("sn_lr", "sn.lr", CHOICE, 1.2, options=log_grid(1e-3, 10.0, mantissas=(1, 1.2, 2, 5)))
ITERATIONS = Setting("sn_iters", "sn.iters", SLIDER, 10000, min_value=100, max_value=20000, step=100)
SEED = Setting("sn_seed", "sn.seed", SLIDER, 2, min_value=0, max_value=50, step=1)
PACE = Setting("sn_pace", "sn.pace", CHOICE, "watch", options=tuple(LIVE_SECONDS),
               option_labels=("sn.pace_instant", "sn.pace_watch"))
EXPERIMENT_ITERATIONS = Setting("sn_exp_iters", "sn.experiment_iters", SLIDER, 5000,
                                min_value=100, max_value=10000, step=100)

SETTINGS = (DATA, NOISE, HIDDEN, ACTIVATION, LEARNING_RATE, ITERATIONS, SEED, PACE, EXPERIMENT_ITERATIONS)
