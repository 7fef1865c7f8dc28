"""scikit-learn baselines on the splits written by SklearnComparison.java (run with /usr/bin/python3).

Usage: sklearn_baseline.py DATASETS_DIR OUT_DIR
Reads OUT_DIR/splits/<dataset>_<seed>.txt (train, validation, test row indexes, one line each)
and OUT_DIR/ours.csv, fits LogisticRegression / Ridge with the same preprocessing as ours
(median imputation + missing indicator + standardisation, one-hot categories), and prints a
table of test means over the seeds.
"""
import glob
import os
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGETS = {"iris": "target", "wine": "target", "breast_cancer": "target",
           "penguins": "species", "diabetes": "target"}


def preprocessing(x):
    categorical = [c for c in x.columns if x[c].dtype == object]
    numeric = [c for c in x.columns if c not in categorical]
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median", add_indicator=True),
                              StandardScaler()), numeric),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="(missing)"),
                              OneHotEncoder(handle_unknown="ignore")), categorical)])


def score(name, frame, rows, fit_on):
    target = TARGETS[name]
    x, y = frame.drop(columns=[target]), frame[target]
    train = np.concatenate([rows[i] for i in fit_on])
    regression = name == "diabetes"
    model = Ridge() if regression else LogisticRegression(max_iter=5000)
    pipe = make_pipeline(preprocessing(x), model).fit(x.iloc[train], y.iloc[train])
    predicted = pipe.predict(x.iloc[rows[2]])
    actual = y.iloc[rows[2]]
    return r2_score(actual, predicted) if regression else accuracy_score(actual, predicted)


def main(datasets, out):
    ours = pd.read_csv(os.path.join(out, "ours.csv"))
    print("| dataset | metric | sklearn (train) | sklearn (train+val) | ours MLP | ours LINEAR | seeds |")
    print("|---|---|---|---|---|---|---|")
    for name in TARGETS:
        files = sorted(glob.glob(os.path.join(out, "splits", name + "_*.txt")))
        if not files:
            continue
        frame = pd.read_csv(os.path.join(datasets, name + ".csv"))
        base, base_all = [], []
        for f in files:
            with open(f) as fh:
                rows = [np.array([int(v) for v in line.split()], dtype=int) for line in fh]
            base.append(score(name, frame, rows, [0]))
            base_all.append(score(name, frame, rows, [0, 1]))
        mine = ours[ours.dataset == name]
        mlp = mine[mine.kind == "mlp"].metric
        lin = mine[mine.kind == "linear"].metric
        fmt = lambda s: "%.4f" % np.mean(s) if len(s) else "-"
        print("| %s | %s | %s | %s | %s | %s | %d |" % (
            name, "R2" if name == "diabetes" else "accuracy", fmt(base), fmt(base_all),
            fmt(mlp), fmt(lin), len(files)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
