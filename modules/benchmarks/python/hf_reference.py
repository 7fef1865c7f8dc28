#!/usr/bin/env python3
"""Scores texts with an exported folder through the Hugging Face libraries themselves, as a data
scientist would: AutoTokenizer and AutoModelForSequenceClassification from transformers.

Optional reference for run-text-export-python-check.sh, used when HF_PYTHON names a Python that
has transformers (torch >= 2.5), tokenizers and safetensors. Same output as
bert_sequence_classifier.py:

  hf_reference.py FOLDER TEXTS.csv COLUMN OUT.json
"""
import csv
import json
import sys

import torch
import transformers
from safetensors import safe_open
from transformers import AutoModelForSequenceClassification, AutoTokenizer


def main(argv):
    folder, texts_csv, column, out = argv[1:5]
    torch.set_num_threads(1)
    with open(texts_csv, newline="", encoding="utf-8") as f:
        texts = [row[column] for row in csv.DictReader(f)]
    with safe_open(f"{folder}/model.safetensors", framework="pt") as f:
        metadata = f.metadata()
        tensors = len(list(f.keys()))
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model, info = AutoModelForSequenceClassification.from_pretrained(folder,
                                                                     output_loading_info=True)
    # A weight under a wrong name would load silently as a fresh random one: refuse that.
    problems = {k: sorted(v) for k, v in info.items() if v}
    if problems:
        raise SystemExit(f"transformers did not load the folder cleanly: {problems}")
    model.eval()
    labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
    # truncation=True cuts at tokenizer_config.json's model_max_length (the workbench's limit).
    ids = [tokenizer(t, truncation=True)["input_ids"] for t in texts]
    probabilities = []
    with torch.no_grad():
        for s in range(0, len(texts), 16):
            batch = tokenizer(texts[s:s + 16], truncation=True, padding=True, return_tensors="pt")
            logits = model(**batch).logits
            probabilities.extend(torch.softmax(logits, dim=-1).tolist())
    result = {"labels": labels, "max_tokens": tokenizer.model_max_length, "ids": ids,
              "probabilities": probabilities, "unused_weights": [],
              "safetensors_metadata": metadata, "tensors": tensors,
              "versions": {"transformers": transformers.__version__, "torch": torch.__version__,
                           "tokenizer_class": type(tokenizer).__name__,
                           "model_class": type(model).__name__}}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
