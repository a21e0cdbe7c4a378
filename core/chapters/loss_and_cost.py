"""Loss and cost: one prediction, then m examples."""

from core.settings import SLIDER, Setting

PREDICTION = Setting("loss_a", "loss_and_cost.a", SLIDER, 0.7, min_value=0.01, max_value=0.99, step=0.01, help="loss_and_cost.a_help")
EXAMPLES = Setting("loss_m", "loss_and_cost.m", SLIDER, 12, min_value=2, max_value=40, step=1)
SEED = Setting("loss_seed", "loss_and_cost.seed", SLIDER, 0, min_value=0, max_value=50, step=1)

SETTINGS = (PREDICTION, EXAMPLES, SEED)
