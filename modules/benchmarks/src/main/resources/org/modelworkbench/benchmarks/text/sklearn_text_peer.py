"""The scikit-learn peer of the TF-IDF text benchmark (TextBenchmark.java).

Reads train.jsonl and test.jsonl ({"text": ..., "label": ...} per line) from the folder given,
fits a classifier and prints one JSON line with its test accuracy, macro F1, log loss and times.

  default: TfidfVectorizer() + LogisticRegression(), scikit-learn's defaults, except max_iter=1000
           so that lbfgs converges (with 100 it stops early on some splits and warns).
  matched: our settings rebuilt in scikit-learn, word 1-2 and char_wb 2-5 n-grams, sublinear tf,
           min_df 2, the same caps, each block L2-normalised, and LogisticRegression with the C our
           classifier chose (argv[3]); a check that both compute the same thing.
"""
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, log_loss
from sklearn.pipeline import FeatureUnion, make_pipeline


def read(path):
    texts, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts.append(row["text"])
            labels.append(row["label"])
    return texts, labels


def main():
    folder, variant = sys.argv[1], sys.argv[2]
    train_x, train_y = read(folder + "/train.jsonl")
    test_x, test_y = read(folder + "/test.jsonl")
    if variant == "default":
        model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    else:
        c = float(sys.argv[3])
        features = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=100000)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
                                      max_features=150000)),
        ])
        model = make_pipeline(features, LogisticRegression(C=c, max_iter=1000))
    started = time.perf_counter()
    model.fit(train_x, train_y)
    fitted = time.perf_counter()
    proba = model.predict_proba(test_x)
    classes = list(model.classes_)
    predicted = [classes[i] for i in proba.argmax(axis=1)]
    scored = time.perf_counter()
    print(json.dumps({
        "accuracy": accuracy_score(test_y, predicted),
        "macro_f1": f1_score(test_y, predicted, average="macro"),
        "log_loss": log_loss(test_y, proba, labels=classes),
        "fit_seconds": fitted - started,
        "predict_seconds": scored - fitted,
    }))


if __name__ == "__main__":
    main()
