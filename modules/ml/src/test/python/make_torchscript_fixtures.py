#!/usr/bin/python3
"""Makes the TorchScript fixtures of the model-library tests.

Run with Debian's python3-torch (apt-get install python3-torch), not a pyenv python:

    /usr/bin/python3 modules/ml/src/test/python/make_torchscript_fixtures.py [DIGITS_FOLDER]

DIGITS_FOLDER holds one sub-folder per digit (0..9) of 8x8 grey PNGs, the scikit-learn digits
(BSD-3-Clause); it defaults to /work/shared/datasets/digits. Images whose number is a multiple of
5 are held out: the model never trains on them, and the first 10 of each class are copied to
src/test/resources/images/digits/ for the tests (evaluate-as-is on unseen images).

Writes into src/test/resources/models/:
  digits_cnn.pt        input 1x1x8x8 (grey, [0,1]), output 10 class scores
  digits_embedding.pt  the same network without its last layer: output 32 features
  digits_labels.txt    the class names 0..9, one a line
"""
import os
import shutil
import sys

import numpy as np
import torch
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "resources")
MODELS = os.path.join(RESOURCES, "models")
IMAGES = os.path.join(RESOURCES, "images", "digits")
HELD_OUT_PER_CLASS = 10


def load(folder):
    train_x, train_y, held_out = [], [], []
    for label in range(10):
        class_dir = os.path.join(folder, str(label))
        for name in sorted(os.listdir(class_dir)):
            path = os.path.join(class_dir, name)
            if int(os.path.splitext(name)[0]) % 5 == 0:
                held_out.append((label, path))
                continue
            pixels = np.asarray(Image.open(path).convert("L"), dtype=np.float32) / 255.0
            train_x.append(pixels[None, :, :])
            train_y.append(label)
    return torch.tensor(np.stack(train_x)), torch.tensor(train_y), held_out


class Backbone(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Sequential(
            torch.nn.Conv2d(1, 8, 3, padding=1), torch.nn.ReLU(),
            torch.nn.Conv2d(8, 16, 3, padding=1), torch.nn.ReLU(),
            torch.nn.MaxPool2d(2), torch.nn.Flatten(),
            torch.nn.Linear(16 * 4 * 4, 32), torch.nn.ReLU())

    def forward(self, x):
        return self.features(x)


def main():
    digits = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets/digits"
    torch.manual_seed(7)
    np.random.seed(7)
    x, y, held_out = load(digits)
    backbone = Backbone()
    classifier = torch.nn.Sequential(backbone, torch.nn.Linear(32, 10))
    optimiser = torch.optim.Adam(classifier.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    for epoch in range(15):
        order = torch.randperm(len(x))
        for start in range(0, len(x), 64):
            batch = order[start:start + 64]
            optimiser.zero_grad()
            loss = loss_fn(classifier(x[batch]), y[batch])
            loss.backward()
            optimiser.step()
    classifier.eval()
    with torch.no_grad():
        train_acc = (classifier(x).argmax(1) == y).float().mean().item()
    print("training accuracy %.3f on %d images" % (train_acc, len(x)))

    os.makedirs(MODELS, exist_ok=True)
    example = torch.zeros(1, 1, 8, 8)
    torch.jit.trace(classifier, example).save(os.path.join(MODELS, "digits_cnn.pt"))
    torch.jit.trace(backbone, example).save(os.path.join(MODELS, "digits_embedding.pt"))
    with open(os.path.join(MODELS, "digits_labels.txt"), "w") as out:
        out.write("".join("%d\n" % d for d in range(10)))

    shutil.rmtree(IMAGES, ignore_errors=True)
    copied = {}
    correct = 0
    for label, path in held_out:
        if copied.get(label, 0) >= HELD_OUT_PER_CLASS:
            continue
        copied[label] = copied.get(label, 0) + 1
        target = os.path.join(IMAGES, str(label))
        os.makedirs(target, exist_ok=True)
        shutil.copy(path, target)
        pixels = np.asarray(Image.open(path).convert("L"), dtype=np.float32) / 255.0
        with torch.no_grad():
            correct += int(classifier(torch.tensor(pixels)[None, None]).argmax(1).item() == label)
    print("held-out accuracy %.3f on %d copied images" % (correct / sum(copied.values()), sum(copied.values())))


if __name__ == "__main__":
    main()
