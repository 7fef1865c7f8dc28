#!/usr/bin/python3
"""Makes the TorchScript fixture of the image-normalisation tests.

Run with Debian's python3-torch, not a pyenv python:

    /usr/bin/python3 modules/ml/src/test/python/make_normalized_fixture.py [DIGITS_FOLDER]

DIGITS_FOLDER holds one sub-folder per digit (0..9) of 8x8 grey PNGs, the scikit-learn digits
(BSD-3-Clause); it defaults to /work/shared/datasets/digits. As in make_torchscript_fixtures.py,
images whose number is a multiple of 5 are held out (src/test/resources/images/digits/ holds 100
of them), so the model never trains on the images the tests evaluate it on.

The network is trained the way torchvision's ImageNet models are: colour input (the grey digit in
all three channels), scaled to [0, 1], then normalised per channel with the ImageNet mean
(0.485, 0.456, 0.406) and standard deviation (0.229, 0.224, 0.225). Fed plain [0, 1] values it
does much worse, which is what the tests check.

Writes src/test/resources/models/digits_rgb_imagenet.pt: input 3x8x8, output 10 class scores.
"""
import os
import sys

import numpy as np
import torch
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, "..", "resources", "models")
HELD_OUT = os.path.join(HERE, "..", "resources", "images", "digits")
MEAN = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
STD = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)


def rgb(path):
    pixels = np.asarray(Image.open(path).convert("RGB"), dtype=np.float32) / 255.0
    return torch.tensor(pixels).permute(2, 0, 1)


def load(folder, keep):
    xs, ys = [], []
    for label in range(10):
        class_dir = os.path.join(folder, str(label))
        for name in sorted(os.listdir(class_dir)):
            if keep(name):
                xs.append(rgb(os.path.join(class_dir, name)))
                ys.append(label)
    return torch.stack(xs), torch.tensor(ys)


def main():
    digits = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets/digits"
    torch.manual_seed(7)
    x, y = load(digits, lambda name: int(os.path.splitext(name)[0]) % 5 != 0)
    model = torch.nn.Sequential(
        torch.nn.Conv2d(3, 8, 3, padding=1), torch.nn.ReLU(),
        torch.nn.Conv2d(8, 16, 3, padding=1), torch.nn.ReLU(),
        torch.nn.MaxPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(16 * 4 * 4, 32), torch.nn.ReLU(),
        torch.nn.Linear(32, 10))
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    normalised = (x - MEAN) / STD
    for epoch in range(15):
        order = torch.randperm(len(x))
        for start in range(0, len(x), 64):
            batch = order[start:start + 64]
            optimiser.zero_grad()
            loss_fn(model(normalised[batch]), y[batch]).backward()
            optimiser.step()
    model.eval()
    held_x, held_y = load(HELD_OUT, lambda name: True)
    with torch.no_grad():
        right = (model((held_x - MEAN) / STD).argmax(1) == held_y).float().mean().item()
        plain = (model(held_x).argmax(1) == held_y).float().mean().item()
    print("held-out accuracy on %d images: %.3f with ImageNet normalisation, %.3f with plain [0, 1] input"
          % (len(held_x), right, plain))
    os.makedirs(MODELS, exist_ok=True)
    torch.jit.trace(model, torch.zeros(1, 3, 8, 8)).save(os.path.join(MODELS, "digits_rgb_imagenet.pt"))


if __name__ == "__main__":
    main()
