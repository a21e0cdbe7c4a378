"""Perceptron and XOR: which points, how many epochs, which hidden-layer network."""

from core.perceptron import XOR_SEED as GOOD_XOR_SEED
from core.settings import CHOICE, SLIDER, Setting

DATA_SETS = ("and", "or", "cloud", "xor")
XOR_LEARNING_RATE, XOR_ITERATIONS = 1.0, 2000

DATA = Setting("pc_data", "perceptron.data", CHOICE, "and", options=DATA_SETS, help="perceptron.data_help",
               option_labels=("perceptron.data_and", "perceptron.data_or", "perceptron.data_cloud", "perceptron.data_xor"))
NOISE = Setting("pc_noise", "perceptron.noise", SLIDER, 0.1, min_value=0.02, max_value=0.5, step=0.02, help="perceptron.noise_help")
SEED = Setting("pc_seed", "perceptron.seed", SLIDER, 0, min_value=0, max_value=20, step=1)
EPOCHS = Setting("pc_epochs", "perceptron.epochs", SLIDER, 30, min_value=5, max_value=100, step=5, help="perceptron.epochs_help")
XOR_SEED = Setting("pc_xor_seed", "perceptron.xor_seed", SLIDER, GOOD_XOR_SEED, min_value=0, max_value=9, step=1,
                   help="perceptron.xor_seed_help")

SETTINGS = (DATA, NOISE, SEED, EPOCHS, XOR_SEED)
