"""Words of the gradient descent chapter: the cost surface J(w, b) and the steps taken down it."""

EN = {
    "gd.title": "Gradient descent on the cost surface J(w, b)",
    "gd.intro": (
        "The cost J depends on the two parameters w and b, so it is a surface over the (w, b) plane. "
        "Gradient descent starts somewhere on it and repeats one rule: compute the slope (the gradient "
        "dJ/dw, dJ/db) and take a step of size α straight downhill. The red dot below does exactly that. "
        "Choose a surface, a learning rate α and a starting point in the sidebar, then press **Play** "
        "under the picture (or drag its slider) to watch the steps one by one."
    ),
    # ---- settings ----
    "gd.settings": "Descent settings",
    "gd.surface": "Cost surface",
    "gd.surface_help": "The first two are real costs of a model on a small generated data set; the last "
                       "three are made to show where gradient descent struggles.",
    "gd.surface_logistic": "Logistic regression",
    "gd.surface_bowl": "Linear regression bowl",
    "gd.surface_valley": "Narrow valley",
    "gd.surface_saddle": "Saddle",
    "gd.surface_minima": "Several minima",
    "gd.noise": "Data noise",
    "gd.noise_help": "Spread of the generated data around its pattern: more noise, more overlap, a flatter cost.",
    "gd.seed": "Data seed",
    "gd.seed_help": "Draws a different data set of the same kind.",
    "gd.lr": "Learning rate α",
    "gd.lr_help": "Size of each step, on a log scale.",
    "gd.iters": "Iterations",
    "gd.optimizer": "Optimizer",
    "gd.optimizer_help": "Plain gradient descent is the text's rule; the others are its better-known descendants.",
    "gd.opt_gd": "Gradient descent",
    "gd.opt_momentum": "Momentum",
    "gd.opt_rmsprop": "RMSProp",
    "gd.opt_adam": "Adam",
    "gd.start_w": "Start w₀",
    "gd.start_b": "Start b₀",
    "gd.start_help": "Where the descent starts on the map (w and b both between −4 and 4).",
    # ---- the surfaces ----
    "gd.about_logistic": (
        "**Logistic regression's cost.** {m} generated examples, one feature x and a label y (0 or 1); the "
        "model predicts a = σ(w·x + b) and J(w, b) is the average cross-entropy, the very cost of the cat "
        "classifier with a single weight. It is **convex**: one bowl, one minimum, at w = {w_star}, b = {b_star}."
    ),
    "gd.about_bowl": (
        "**Linear regression's cost.** {m} generated points around the line y = 1.5·x − 1; the model predicts "
        "w·x + b and J(w, b) is half the mean squared error. A tilted, stretched **bowl** with its minimum at "
        "w = {w_star}, b = {b_star}. Its steepest curvature is L = {curvature}, so plain gradient descent "
        "converges for α < 2/L = {limit} and diverges above it."
    ),
    "gd.about_valley": (
        "**A long, narrow, curved valley** (Rosenbrock's banana, scaled to the map). The walls are steep and "
        "the floor nearly flat: a large step bounces from wall to wall, a small one crawls along the floor "
        "towards the minimum at w = 2, b = 2. Try α = 0.1, then momentum or Adam."
    ),
    "gd.about_saddle": (
        "**Two valleys and a saddle point** between them at (0, 0): there the gradient is zero, yet it is "
        "not a minimum (J curves up along w and down along b). Start exactly on the ridge, b₀ = 0, and plain "
        "gradient descent stops at the saddle; start a hair off it and it rolls into a valley."
    ),
    "gd.about_minima": (
        "**Several minima.** Three wells of different depths (white stars). Gradient descent only ever goes "
        "downhill, so the starting point decides which well it ends in; only one of them is the lowest."
    ),
    # ---- the main picture ----
    "gd.picture_header": "1 · The descent",
    "gd.figure_title": "{surface}: {optimizer}, α = {lr}, from ({w0}, {b0})",
    "gd.axis_w": "w",
    "gd.axis_b": "b",
    "gd.axis_cost": "J(w, b)",
    "gd.axis_step": "step",
    "gd.slider_step": "step: ",
    "gd.slider_rate": "α = ",
    "gd.trace_path": "path",
    "gd.trace_point": "current point",
    "gd.trace_downhill": "downhill, −∇J",
    "gd.trace_minimum": "minimum",
    "gd.play": "▶ Play",
    "gd.pause": "❚❚ Pause",
    "gd.all_paths": "all",
    "gd.picture_caption": (
        "Left: the surface J(w, b) and the path. Right: the same surface seen from above as a contour map; "
        "the white arrow points straight downhill (−∇J) from the current point, the stars mark the minima. "
        "Drag the 3D view to turn it: it keeps its angle while you work further down the page; a new path "
        "(another surface, rate, start, optimizer or iteration count) redraws it from the default angle."
    ),
    "gd.cost_title": "Cost J after each step ({optimizer}, α = {lr})",
    # ---- outcomes ----
    "gd.outcome_global_minimum": "Reached the minimum: J = {cost} at w = {w}, b = {b} after {steps} steps.",
    "gd.outcome_local_minimum": (
        "Settled in a minimum, J = {cost} at w = {w}, b = {b}, but not the lowest one (J = {best} there). "
        "Gradient descent only looks at the slope where it stands, so it cannot know a deeper well exists: "
        "try another starting point, or momentum."
    ),
    "gd.outcome_stationary": (
        "Stuck at w = {w}, b = {b}: the gradient is zero here, so every step is zero, but this is a saddle "
        "point, not a minimum (J = {cost}). Move the start a little off the ridge."
    ),
    "gd.outcome_moving": (
        "After {steps} steps the path is still going downhill (J = {cost}, slope |∇J| = {slope}). "
        "A larger learning rate or more iterations would take it further."
    ),
    "gd.outcome_diverged": (
        "Divergence detected: at step {step} the update threw the point to w = {w}, b = {b}, far outside the "
        "map, so the path is cut there. The learning rate α = {lr} is too large for this surface: each step "
        "overshoots the bottom by more than it started from, and the cost grows instead of falling."
    ),
    "gd.outcome_not_finite": (
        "Divergence detected: at step {step} the numbers stopped being finite (overflow). The learning rate "
        "α = {lr} is far too large; the path is cut there."
    ),
    "gd.zigzag": (
        "The path zigzags: {share} of its steps turn back against the previous one. Each step jumps across "
        "the valley instead of down it, a sign that α is near the largest that still works."
    ),
    "gd.limit_note": "On this bowl α = {lr} is {ratio} × the stability limit 2/L = {limit}.",
    # ---- the numbers ----
    "gd.numbers_header": "2 · The numbers",
    "gd.numbers_intro": (
        "Every step applies the same update to both parameters, with the gradient computed at the current "
        "point. Pick a step to see its update with the actual numbers:"
    ),
    "gd.inspect_step": "Step to inspect",
    "gd.inspect_clipped": "The path has only {steps} steps; showing the last one.",
    "gd.inspect_last": "Step {step} is the last point of the path: there is no update after it.",
    "gd.col_step": "step",
    "gd.col_w": "w",
    "gd.col_b": "b",
    "gd.col_cost": "J",
    "gd.col_dw": "dJ/dw",
    "gd.col_db": "dJ/db",
    # ---- learning rates ----
    "gd.rates_header": "3 · Too small, too large",
    "gd.rates_intro": (
        "The learning rate is the one number gradient descent cannot work out for itself.\n\n"
        "- **Too small** and every step is tiny: the path crawls, and after all its iterations it is still "
        "far from the bottom. Nothing goes wrong, it is just slow.\n"
        "- **Too large** and each step overshoots: the point jumps across the valley and back (a zigzag). "
        "Larger still, every jump lands higher than the last, the cost grows, and the path flies off: "
        "divergence. On a bowl with curvature L this happens exactly when α > 2/L.\n\n"
        "Below, the same start on the same surface with six learning rates, all computed at once: use the "
        "slider under the chart (or click the legend) to show one at a time."
    ),
    "gd.rates_title": "Six learning rates on {surface}, {optimizer}, {iters} iterations",
    "gd.rate_label": "α = {lr}",
    "gd.rate_label_diverged": "α = {lr} (diverged)",
    "gd.col_rate": "learning rate α",
    "gd.col_final_cost": "final J",
    "gd.col_outcome": "outcome",
    "gd.col_steps": "steps taken",
    "gd.short_global_minimum": "reached the minimum",
    "gd.short_local_minimum": "stuck in a local minimum",
    "gd.short_stationary": "stuck at a saddle point",
    "gd.short_moving": "still on its way",
    "gd.short_diverged": "diverged",
    # ---- optimizers ----
    "gd.optimizers_header": "4 · Four optimizers, one surface",
    "gd.optimizers_intro": (
        "The same surface, start, learning rate and number of steps for each:\n\n"
        "- **Gradient descent** (the text's): step = α × gradient.\n"
        "- **Momentum**: step along a running average of recent gradients, like a ball that keeps its speed; "
        "it smooths out zigzags and can roll through small bumps.\n"
        "- **RMSProp**: divides each parameter's step by the size of its recent gradients, so steep and flat "
        "directions move at a similar pace.\n"
        "- **Adam**: momentum and RMSProp together; its steps are about α long whatever the slope, so the same "
        "α means something different for it."
    ),
    "gd.optimizers_title": "Four optimizers on {surface}, α = {lr}, {iters} iterations",
    "gd.all_steps": "Every step of the path",
}
