"""Makes the TorchScript fixture for the image fine-tuning tests.

Run with Debian's torch (python3-torch 1.13): /usr/bin/python3 make_image_backbone_fixture.py DIGITS_DIR OUT_DIR

A tiny CNN is trained on the digits 0-4 only (8x8 grey PNGs upscaled to 16x16, values in [0, 1]),
then traced WITHOUT its last layer, so the file maps [N, 1, 16, 16] to 32 features: a backbone
that has never seen the digits 5-9. The tests fine-tune it on 5-9.
"""
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image


def load(digits_dir, classes):
    xs, ys = [], []
    for label in classes:
        folder = os.path.join(digits_dir, str(label))
        for name in sorted(os.listdir(folder)):
            img = Image.open(os.path.join(folder, name)).convert("L")
            t = torch.tensor(list(img.getdata()), dtype=torch.float32).view(1, 1, img.height, img.width) / 255.0
            xs.append(F.interpolate(t, size=(16, 16), mode="bilinear", align_corners=False))
            ys.append(label)
    return torch.cat(xs), torch.tensor(ys)


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.fc = nn.Linear(16 * 4 * 4, 32)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return F.relu(self.fc(torch.flatten(x, 1)))


def main():
    digits_dir, out_dir = sys.argv[1], sys.argv[2]
    torch.manual_seed(7)
    x, y = load(digits_dir, range(5))
    backbone = Backbone()
    head = nn.Linear(32, 5)
    model = nn.Sequential(backbone, head)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(30):
        perm = torch.randperm(len(x))
        for i in range(0, len(x), 64):
            idx = perm[i:i + 64]
            opt.zero_grad()
            loss = F.cross_entropy(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    accuracy = (model(x).argmax(1) == y).float().mean().item()
    print(f"train accuracy on digits 0-4: {accuracy:.3f}")
    os.makedirs(out_dir, exist_ok=True)
    traced = torch.jit.trace(backbone, torch.zeros(1, 1, 16, 16))
    traced.save(os.path.join(out_dir, "digits04_backbone.pt"))


if __name__ == "__main__":
    main()
