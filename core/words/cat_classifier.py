"""Words of the cat classifier chapter (and the cat data set it loads)."""

EN = {
    # ---- the data set ----
    "data.loading": "Loading the cat images…",
    "data.missing": (
        "The cat / non-cat data set is not here and could not be downloaded.\n\n"
        "To fix it, put the two files **{train}** and **{test}** in the folder `{folder}` "
        "(or point the environment variable `FIRST_CONTACT_DATA_DIR` at a folder holding them), "
        "then press **Try again**. Or upload both files below."
    ),
    "data.missing_details": "What went wrong",
    "data.retry": "Try again",
    "data.upload_intro": "Upload the two HDF5 files (they are checked before use):",
    "data.upload_invalid": "That upload cannot be used: {problem}",
    "data.upload_ok": "Both files check out: using the uploaded data set for this session.",
    # ---- cat classifier ----
    "cat.title": "Is it a cat? Logistic regression, trained live",
    "cat.intro": (
        "A single neuron looks at all 12,288 numbers of a 64 × 64 colour picture and answers one question: "
        "cat or not? It computes z = wᵀx + b and a = σ(z), the probability of *cat*, and learns w and b "
        "by gradient descent on the cross-entropy cost. Set the learning rate and the number of iterations "
        "in the sidebar and press **Train**."
    ),
    "cat.settings": "Training settings",
    "cat.lr": "Learning rate α",
    "cat.lr_help": "Size of each gradient-descent step, on a log scale. The text uses 0.005.",
    "cat.iters": "Iterations",
    "cat.pace": "Pace of the live view",
    "cat.pace_help": "Training itself takes a few hundredths of a second; choose how fast to watch it.",
    "cat.pace_instant": "instant",
    "cat.pace_watch": "watch (1.5 s per 1000)",
    "cat.pace_slow": "slow (6 s per 1000)",
    "cat.image_index": "Image number",
    "cat.compare_rates": "Learning rates to compare",
    "cat.compare_iters": "Iterations for the comparison",
    "cat.data_header": "1 · The data",
    "cat.m_train": "Training images",
    "cat.m_test": "Test images",
    "cat.image_shape": "Image size",
    "cat.features": "Numbers per image",
    "cat.data_shapes": (
        "The training set has {cats} cats and {noncats} non-cats. Each image is flattened into one column "
        "of {n} numbers and divided by 255, so the inputs form a matrix X of shape ({n}, {m}) with labels "
        "Y of shape (1, {m}); the test set is ({n}, {m_test})."
    ),
    "cat.image_label": "Image #{index} is labelled **{label}** (y = {y}).",
    "cat.train_header": "2 · Training",
    "cat.train_intro": (
        "Starting from w = 0 and b = 0, each iteration computes the cost and its gradient over all training "
        "images and takes one step downhill. The accuracies are measured on the images as the model stands."
    ),
    "cat.train": "Train",
    "cat.stop": "Stop training",
    "cat.progress": "Iteration {i} of {total}",
    "cat.iteration": "Iteration",
    "cat.cost": "Cost J",
    "cat.train_accuracy": "Train accuracy",
    "cat.test_accuracy": "Test accuracy",
    "cat.cost_chart": "Learning curve (α = {lr})",
    "cat.not_trained": "Press **Train** to start. The learning curve will grow here as the model learns.",
    "cat.diverged": (
        "Training diverged at iteration {i}: the cost or the parameters stopped being finite numbers "
        "with α = {lr}. Choose a smaller learning rate."
    ),
    "cat.stopped": "Training stopped at iteration {i} of {total}. The results below are for the model as it stood then.",
    "cat.finished": "Finished {i} iterations with α = {lr}: train accuracy {train:.2f} %, test accuracy {test:.2f} %.",
    "cat.stale": "These results are for α = {lr} and {iters} iterations; press Train to use the current settings.",
    "cat.stop_toast": "Stopped at iteration {i}.",
    "cat.mislabeled_header": "Test images the model gets wrong",
    "cat.mislabeled_intro": "{count} of the {total} test images are misclassified. Under each: its true label and the model's probability of *cat*.",
    "cat.mislabeled_caption": "#{index} {truth}: P(cat) = {p:.2f}",
    "cat.weights_header": "What the model learned",
    "cat.weights_caption": "The weights w, as a 64 × 64 × 3 image",
    "cat.weights_explain": (
        "Each of the 12,288 weights belongs to one pixel and one colour. Grey is zero; brighter means that "
        "colour at that pixel pushes the answer towards *cat*, darker pushes it away. A single neuron can "
        "only learn one such template, which is why its test accuracy stays modest: the deep network "
        "chapters do better."
    ),
    "cat.download_params": "Download the parameters (.npz)",
    "cat.download_costs": "Download the cost history (.csv)",
    "cat.compare_header": "3 · Comparing learning rates",
    "cat.compare_intro": (
        "The learning rate decides the size of each step. Too small and the cost crawls down; too large and "
        "it jumps around. Each rate below is trained from zero on the same data."
    ),
    "cat.compare_label": "α = {lr}",
    "cat.compare_chart": "Cost for several learning rates ({iters} iterations)",
    "cat.final_cost": "Final cost",
    "cat.compare_lesson": (
        "Compare the train and test columns. The fastest learner fits the training images almost perfectly "
        "yet gets about a third of the test images wrong: a gap like that is overfitting. The goal is not "
        "the lowest training cost but the best accuracy on pictures the model has never seen."
    ),
    "cat.compare_empty": "Choose at least one learning rate to compare.",
    "cat.photo_header": "4 · Try your own photo",
    "cat.photo_intro": (
        "Upload any picture. It is squeezed to 64 × 64 pixels, exactly like the training images, and "
        "classified by {which}: α = {lr}, {iters} iterations."
    ),
    "cat.photo_model_yours": "the model you trained",
    "cat.photo_model_reference": "the text's model (or, once you have trained one above, yours)",
    "cat.photo_upload": "Your image (PNG, JPEG, GIF, BMP, WebP, …)",
    "cat.photo_help": "Any size up to {mb} MB; grayscale and transparent images are fine.",
    "cat.photo_resized": "What the model sees: 64 × 64 pixels",
    "cat.photo_probability": "Probability of cat",
    "cat.photo_verdict": "The model says: **{verdict}**.",
    "cat.photo_caveat": (
        "A model trained on 209 small pictures is easily fooled: lighting, pose and background matter "
        "as much as whiskers."
    ),
    "photo.too_large": "{name} is larger than {mb} MB. Please upload a smaller image.",
    "photo.too_many_pixels": "{name} has too many pixels to open safely. Please upload a smaller image.",
    "photo.not_an_image": "{name} is not an image this app can read. Try a PNG or JPEG file.",
    "photo.unreadable": "{name} looks like an image but is damaged or cut short, so it cannot be read.",
}
