"""Deep network: the hidden layers, activation, initialisation and the run's hyper-parameters."""

from core.settings import CHOICE, SLIDER, TEXT, Setting, log_grid

LIVE_SECONDS = {"instant": 0.0, "watch": 4.0}
# The course lab's networks beside logistic regression: name -> (hidden sizes, init, α, iterations).
REFERENCE_NETWORKS = {"deep_network.model_two_layer": ((7,), "small", 0.0075, 2500),
                      "deep_network.model_deep": ((20, 7, 5), "scaled", 0.0075, 2500)}

LAYERS = Setting("dn_layers", "deep_network.layers", TEXT, "20, 7, 5", pattern=r"\d{1,3}(\s*,\s*\d{1,3}){0,5}",
                 help="deep_network.layers_help")
ACTIVATION = Setting("dn_act", "deep_network.activation", CHOICE, "relu", options=("relu", "tanh", "sigmoid"),
                     option_labels=("deep_network.act_relu", "deep_network.act_tanh", "deep_network.act_sigmoid"))
INIT = Setting("dn_init", "deep_network.init", CHOICE, "scaled", options=("scaled", "small", "he"),
               option_labels=("deep_network.init_scaled", "deep_network.init_small", "deep_network.init_he"))
LEARNING_RATE = Setting("dn_lr", "deep_network.lr", CHOICE, 0.0075, options=log_grid(1e-4, 1.0, mantissas=(1, 2, 5, 7.5)))
ITERATIONS = Setting("dn_iters", "deep_network.iters", SLIDER, 2500, min_value=100, max_value=3000, step=100)
PACE = Setting("dn_pace", "deep_network.pace", CHOICE, "watch", options=tuple(LIVE_SECONDS),
               option_labels=("deep_network.pace_instant", "deep_network.pace_watch"))

SETTINGS = (LAYERS, ACTIVATION, INIT, LEARNING_RATE, ITERATIONS, PACE)
