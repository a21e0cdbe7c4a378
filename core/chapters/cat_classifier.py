"""Cat classifier: the run's hyper-parameters and pace, the image shown, the learning rates compared."""

from core.settings import CHOICE, MULTI, SLIDER, Setting, log_grid

LEARNING_RATES = log_grid(1e-5, 1.0)
PACE_SECONDS_PER_1000 = {"instant": 0.0, "watch": 1.5, "slow": 6.0}
# The course lab's reference model (α 0.005, 2000 iterations): the photo's model until the learner trains.
REFERENCE_LEARNING_RATE, REFERENCE_ITERATIONS = 0.005, 2000

LEARNING_RATE = Setting("lr", "cat_classifier.lr", CHOICE, REFERENCE_LEARNING_RATE, options=LEARNING_RATES, help="cat_classifier.lr_help")
ITERATIONS = Setting("iters", "cat_classifier.iters", SLIDER, REFERENCE_ITERATIONS, min_value=100, max_value=5000, step=100)
PACE = Setting("pace", "cat_classifier.pace", CHOICE, "watch", options=tuple(PACE_SECONDS_PER_1000),
               option_labels=("cat_classifier.pace_instant", "cat_classifier.pace_watch", "cat_classifier.pace_slow"), help="cat_classifier.pace_help")
TEXT_IMAGES = (7, 10)  # the two training images the text shows: a cat, then not a cat
IMAGE_INDEX = Setting("img", "cat_classifier.image_index", SLIDER, TEXT_IMAGES[0], min_value=0, max_value=208, step=1)
COMPARE_RATES = Setting("compare", "cat_classifier.compare_rates", MULTI, (0.01, 0.001, 0.0001), options=LEARNING_RATES)
COMPARE_ITERATIONS = Setting("compare_iters", "cat_classifier.compare_iters", SLIDER, 1500,
                             min_value=100, max_value=5000, step=100)

SETTINGS = (LEARNING_RATE, ITERATIONS, PACE, IMAGE_INDEX, COMPARE_RATES, COMPARE_ITERATIONS)
